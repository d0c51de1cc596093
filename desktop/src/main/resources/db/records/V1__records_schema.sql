-- Embedded records service: a miniature of the departments' systems behind the zone's gateway.
-- Money in yuan with 2 decimals; months as 'YYYY-MM'. Every row is synthetic (DemoDataGenerator).

CREATE TABLE citizen (
    doc_number        VARCHAR(32)  PRIMARY KEY,
    doc_type          VARCHAR(32)  NOT NULL,
    name              VARCHAR(64)  NOT NULL,
    gender            CHAR(1)      NOT NULL,
    birth_date        DATE         NOT NULL,
    address           VARCHAR(200) NOT NULL,
    local_hukou       BOOLEAN      NOT NULL,
    police_station    VARCHAR(100) NOT NULL,
    household_relation VARCHAR(20) NOT NULL,
    registered_on     DATE         NOT NULL
);

CREATE TABLE property (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number    VARCHAR(32)  NOT NULL REFERENCES citizen(doc_number),
    cert_no       VARCHAR(64)  NOT NULL,
    address       VARCHAR(200) NOT NULL,
    area          DECIMAL(8,2) NOT NULL,
    usage         VARCHAR(20)  NOT NULL,
    registered_on DATE         NOT NULL
);
CREATE INDEX property_owner ON property(doc_number);

CREATE TABLE mortgage (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number  VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    address     VARCHAR(200)  NOT NULL,
    bank        VARCHAR(100)  NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    date_from   DATE          NOT NULL,
    date_to     DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL
);
CREATE INDEX mortgage_owner ON mortgage(doc_number);

CREATE TABLE seizure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number VARCHAR(32)  NOT NULL REFERENCES citizen(doc_number),
    address    VARCHAR(200) NOT NULL,
    seized_by  VARCHAR(100) NOT NULL,
    seized_on  DATE         NOT NULL,
    status     VARCHAR(20)  NOT NULL
);
CREATE INDEX seizure_owner ON seizure(doc_number);

CREATE TABLE house_contract (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number  VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    contract_no VARCHAR(40)   NOT NULL,
    address     VARCHAR(200)  NOT NULL,
    price       DECIMAL(14,2) NOT NULL,
    signed_on   DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL
);
CREATE INDEX house_contract_owner ON house_contract(doc_number);

CREATE TABLE deed_tax (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    address    VARCHAR(200)  NOT NULL,
    amount     DECIMAL(12,2) NOT NULL,
    paid_on    DATE          NOT NULL,
    voucher_no VARCHAR(40)   NOT NULL
);
CREATE INDEX deed_tax_owner ON deed_tax(doc_number);

CREATE TABLE housing_security (
    doc_number   VARCHAR(32)  PRIMARY KEY REFERENCES citizen(doc_number),
    kind         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    address      VARCHAR(200) NOT NULL,
    monthly_rent DECIMAL(8,2) NOT NULL
);

-- One row per scheme a citizen is enrolled in: pension, medical, unemployment, injury, maternity.
CREATE TABLE insurance (
    doc_number       VARCHAR(32)  NOT NULL REFERENCES citizen(doc_number),
    kind             VARCHAR(16)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    employer         VARCHAR(100) NOT NULL,
    first_insured_on DATE         NOT NULL,
    total_months     INT          NOT NULL,
    PRIMARY KEY (doc_number, kind)
);

-- The monthly contribution base; each scheme's amounts are base x the scheme's rates (RecordQueries.RATES).
CREATE TABLE contribution_month (
    doc_number VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    ym         CHAR(7)       NOT NULL,
    base       DECIMAL(10,2) NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    PRIMARY KEY (doc_number, ym)
);

CREATE TABLE pension (
    doc_number VARCHAR(32)   PRIMARY KEY REFERENCES citizen(doc_number),
    retired_on DATE          NOT NULL,
    monthly    DECIMAL(10,2) NOT NULL,
    bank       VARCHAR(100)  NOT NULL
);

CREATE TABLE medical_account (
    doc_number   VARCHAR(32)   PRIMARY KEY REFERENCES citizen(doc_number),
    insured_type VARCHAR(20)   NOT NULL,
    balance      DECIMAL(10,2) NOT NULL,
    year_income  DECIMAL(10,2) NOT NULL,
    year_spent   DECIMAL(10,2) NOT NULL
);

CREATE TABLE medical_visit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    visit_date DATE          NOT NULL,
    hospital   VARCHAR(100)  NOT NULL,
    total      DECIMAL(10,2) NOT NULL,
    fund_paid  DECIMAL(10,2) NOT NULL,
    self_paid  DECIMAL(10,2) NOT NULL
);
CREATE INDEX medical_visit_owner ON medical_visit(doc_number);

CREATE TABLE gjj_account (
    doc_number      VARCHAR(32)   PRIMARY KEY REFERENCES citizen(doc_number),
    account_no      VARCHAR(20)   NOT NULL,
    employer        VARCHAR(100)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    balance         DECIMAL(12,2) NOT NULL,
    monthly_deposit DECIMAL(10,2) NOT NULL,
    rate_percent    INT           NOT NULL,
    opened_on       DATE          NOT NULL
);

CREATE TABLE gjj_deposit (
    doc_number   VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    ym           CHAR(7)       NOT NULL,
    personal     DECIMAL(10,2) NOT NULL,
    employer_amt DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (doc_number, ym)
);

CREATE TABLE gjj_loan (
    doc_number  VARCHAR(32)   PRIMARY KEY REFERENCES citizen(doc_number),
    contract_no VARCHAR(30)   NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    balance     DECIMAL(12,2) NOT NULL,
    rate        DECIMAL(5,3)  NOT NULL,
    start_date  DATE          NOT NULL,
    term_months INT           NOT NULL,
    monthly     DECIMAL(10,2) NOT NULL,
    status      VARCHAR(20)   NOT NULL
);

CREATE TABLE gjj_withdrawal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_number   VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    withdrawn_on DATE          NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    reason       VARCHAR(40)   NOT NULL
);
CREATE INDEX gjj_withdrawal_owner ON gjj_withdrawal(doc_number);

CREATE TABLE elec_account (
    account_no VARCHAR(20)   PRIMARY KEY,
    doc_number VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    address    VARCHAR(200)  NOT NULL,
    meter_no   VARCHAR(24)   NOT NULL,
    balance    DECIMAL(10,2) NOT NULL,
    tariff     VARCHAR(40)   NOT NULL
);
CREATE INDEX elec_account_owner ON elec_account(doc_number);

CREATE TABLE elec_bill (
    account_no VARCHAR(20)   NOT NULL REFERENCES elec_account(account_no),
    ym         CHAR(7)       NOT NULL,
    kwh        INT           NOT NULL,
    amount     DECIMAL(10,2) NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    paid_on    DATE,
    channel    VARCHAR(20),
    PRIMARY KEY (account_no, ym)
);

CREATE TABLE tax_income (
    doc_number VARCHAR(32)   NOT NULL REFERENCES citizen(doc_number),
    ym         CHAR(7)       NOT NULL,
    income     DECIMAL(12,2) NOT NULL,
    tax        DECIMAL(10,2) NOT NULL,
    withholder VARCHAR(100)  NOT NULL,
    PRIMARY KEY (doc_number, ym)
);

-- Certificates the departments have answered for: what was issued to whom, and the digest that was signed.
CREATE TABLE certificate (
    serial          VARCHAR(40)  PRIMARY KEY,
    item_code       VARCHAR(16)  NOT NULL,
    department      VARCHAR(20)  NOT NULL,
    doc_number      VARCHAR(32)  NOT NULL REFERENCES citizen(doc_number),
    kiosk_id        VARCHAR(40)  NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key VARCHAR(64)  UNIQUE,
    algorithm       VARCHAR(8),
    digest_hex      VARCHAR(128),
    signed_at       TIMESTAMP WITH TIME ZONE,
    state           VARCHAR(12)  NOT NULL
);

-- Written last by the generator: its presence means a file database is already filled.
CREATE TABLE generation (
    seed         BIGINT    NOT NULL,
    citizens     INT       NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
