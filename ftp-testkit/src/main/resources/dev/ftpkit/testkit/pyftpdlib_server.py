"""pyftpdlib on loopback for ftpkit tests.

Usage: /usr/bin/python3 pyftpdlib_server.py HOME MAX_SECONDS
Environment: FTPKIT_USER and FTPKIT_PASSWORD name the one user (kept out of the process
listing); FTPKIT_DISABLED_VERBS, optional, is a comma-separated list of verbs to remove
from the server (such as "MLSD,MLST", to make clients fall back to LIST).

Binds 127.0.0.1 on a port the kernel picks and prints "PORT <n>" once it accepts
connections. Exits when its stdin reaches end of file (the test closed it, or the test JVM
died) or after MAX_SECONDS, whichever comes first.
"""

import logging
import os
import sys
import threading

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer

# e list, l list, r retrieve, a append, d delete, f rename, m mkdir, w store,
# M chmod, T set modification time.
READ_WRITE = "elradfmwMT"


def exit_with_parent(max_seconds):
    def wait_for_stdin_eof():
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=wait_for_stdin_eof, daemon=True).start()
    deadline = threading.Timer(max_seconds, lambda: os._exit(3))
    deadline.daemon = True
    deadline.start()


def handler_class(authorizer, disabled_verbs):
    class TestHandler(FTPHandler):
        pass

    TestHandler.authorizer = authorizer
    TestHandler.proto_cmds = {verb: spec for verb, spec in FTPHandler.proto_cmds.items()
                              if verb not in disabled_verbs}
    return TestHandler


def main():
    home, max_seconds = sys.argv[1], float(sys.argv[2])
    exit_with_parent(max_seconds)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(message)s")

    authorizer = DummyAuthorizer()
    authorizer.add_user(os.environ["FTPKIT_USER"], os.environ["FTPKIT_PASSWORD"], home,
                        perm=READ_WRITE)
    disabled = {verb.strip().upper()
                for verb in os.environ.get("FTPKIT_DISABLED_VERBS", "").split(",")
                if verb.strip()}

    server = FTPServer(("127.0.0.1", 0), handler_class(authorizer, disabled))
    print("PORT %d" % server.socket.getsockname()[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
