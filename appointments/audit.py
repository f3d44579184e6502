"""Every read and change of a booking, audited like an intake's: the intake's AuditEvent rows,
which hold no patient data. An appointment's row carries its own reference, no submission, and
says in `detail` that it is about an appointment and what happened."""

from intake.models import AuditEvent

ACTIONS = {
    "viewed": AuditEvent.Action.VIEW,
    "listed": AuditEvent.Action.VIEW_LIST,
    "booked": AuditEvent.Action.CHANGE,
    "moved": AuditEvent.Action.CHANGE,
    "cancelled": AuditEvent.Action.CHANGE,
    "changed": AuditEvent.Action.CHANGE,
    "deleted": AuditEvent.Action.DELETE,
    "erased": AuditEvent.Action.CHANGE,
}


def audit(appointment, what: str, *, by=None) -> AuditEvent:
    """Records `what` (one of ACTIONS) for an appointment, by a member of staff or, with no
    signed-in user, the patient through their link ("system")."""
    signed_in = by is not None and by.is_authenticated
    return AuditEvent.objects.create(
        user=by if signed_in else None,
        username=by.get_username() if signed_in else "patient",
        reference=appointment.reference if appointment is not None else "",
        action=ACTIONS[what],
        detail=f"appointment {what}",
    )
