"""Signals the intake sends, so that apps built on it act without intake importing them."""

from django.dispatch import Signal

# Sent inside the erasure's transaction, just before a patient's submission is deleted at their
# request, with `submission` and `by` (the member of staff): receivers erase what they keep
# about that patient (bookings).
submission_erased = Signal()
