"""A tiny SMTP server that accepts every message and keeps none, for `make bench`.

    python scripts/smtp_sink.py PORT LOGFILE

The site sends each patient an acknowledgement email through its real SMTP backend; this sink
lets a benchmark do that without a mail server. It speaks just enough SMTP for Python's
smtplib (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and writes one line per message to
LOGFILE (its size only: no addresses, no content), so the benchmark can count them.
"""

import socketserver
import sys
import threading

write_lock = threading.Lock()


class SMTPHandler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 bench-sink ESMTP")
        for raw in self.rfile:
            command = raw.decode("latin-1").strip().upper()
            if command.startswith("EHLO"):
                self.wfile.write(b"250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif command.startswith("DATA"):
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                self.reply(f"250 OK: {self.read_message()} bytes")
            elif command.startswith("QUIT"):
                self.reply("221 Bye")
                return
            elif command.split(" ", 1)[0] in {"HELO", "MAIL", "RCPT", "RSET", "NOOP"}:
                self.reply("250 OK")
            else:
                self.reply("502 Command not implemented")

    def read_message(self) -> int:
        size = 0
        for line in self.rfile:
            if line in (b".\r\n", b".\n"):
                break
            size += len(line)
        with write_lock, open(self.server.log_path, "a") as log:
            log.write(f"message {size} bytes\n")
        return size


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main() -> None:
    port, log_path = int(sys.argv[1]), sys.argv[2]
    with Server(("127.0.0.1", port), SMTPHandler) as server:
        server.log_path = log_path
        server.serve_forever()


if __name__ == "__main__":
    main()
