"""A real SMTP server for tests (aiosmtpd), on a free local port, that can be told to refuse
mail for a while, and a listener that accepts connections and never answers."""

import asyncio
import socket
import threading
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps what it accepts; answers `refusal` to every recipient while
    one is set (e.g. "451 4.3.0 Try again later", "550 5.1.1 No such mailbox")."""

    def __init__(self):
        self.messages: list[Message] = []
        self.refusal: str | None = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusal:
            return self.refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if address in m["To"]]


class StallingInbox(Inbox):
    """Holds the first message's end of data unanswered, like a mail server that stops
    mid-send: a message whose end was never acknowledged is not delivered, so it is not kept.
    Later messages are kept as usual. `stalled` is set while the first is being held."""

    def __init__(self):
        super().__init__()
        self.stalled = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.stalled.is_set():
            return await super().handle_DATA(server, session, envelope)
        self.stalled.set()
        await asyncio.sleep(60)
        return "451 4.3.0 Took too long"


class SlowFor(Inbox):
    """Never answers a RCPT to one of `addresses` (until the client gives up); takes others."""

    def __init__(self, *addresses: str):
        super().__init__()
        self.addresses = addresses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.addresses:
            await asyncio.sleep(60)
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


class MailServer:
    """An SMTP server on a fixed port that can be started after the port has been refusing."""

    def __init__(self, inbox: Inbox | None = None):
        self.port = free_port()
        self.inbox = inbox or Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def mailer(self, timeout: float = 5) -> dict:
        """A MAILERS entry that sends here."""
        options = {"host": "127.0.0.1", "port": self.port, "timeout": timeout}
        return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}


class HangingServer:
    """Accepts TCP connections (the kernel does, into the listen queue) and never says a word,
    like a mail server that has stopped answering."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.port = self.socket.getsockname()[1]

    def was_called(self) -> bool:
        """Whether anyone has connected since the last look: a connection waits in the listen
        queue until accepted, so this needs no clock. Closes what it finds."""
        self.socket.setblocking(False)
        try:
            caller, _ = self.socket.accept()
        except BlockingIOError:
            return False
        finally:
            self.socket.setblocking(True)
        caller.close()
        return True

    def close(self) -> None:
        self.socket.close()
