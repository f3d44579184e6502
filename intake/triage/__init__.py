"""Clinical triage: red flags from the answers, the suggestion engine and its rules, the
free-text screen, and the reviewer's audited overrides. No views: the patient and review rooms
show what this room decides."""
