package org.govkiosk.device;

/** checkHealth levels after JavaPOS: internal does not touch the outside world, external does, interactive needs a person. */
public enum HealthLevel { INTERNAL, EXTERNAL, INTERACTIVE }
