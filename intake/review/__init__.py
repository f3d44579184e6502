"""The staff review desk in the Django admin: the queue, one intake, exports (record, PDF, CSV,
FHIR), the outcomes page and the email status."""
