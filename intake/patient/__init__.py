"""The patient's intake: the steps and their forms, save and come back later, the check page and
the confirmation. Reads the triage room for the red-flag advice shown on the way."""
