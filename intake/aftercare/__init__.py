"""After the visit: follow-up invitations and the patient's answers, and the outcomes drawn from
them per patient and per treatment."""
