"""Reference FTP server for ftpkit's interop tests, built on Debian's pyftpdlib.

Usage: /usr/bin/python3 pyftpdlib_server.py ROOT MAX_SECONDS
The user name and password come from FTPKIT_USER and FTPKIT_PASSWORD, so that they never
appear in a process listing. Binds 127.0.0.1 on an ephemeral port and prints
"PORT <n>" on stdout once it accepts connections.

It stops by itself: when its stdin reaches end of file (the Java test closed it or died)
or after MAX_SECONDS, whichever comes first.
"""

import logging
import os
import sys
import threading

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer

# Every permission pyftpdlib knows: read, list, write, rename, delete, mkdir, chmod, mtime.
ALL_PERMISSIONS = "elradfmwMT"


def stop_when_parent_goes(max_seconds):
    def watch_stdin():
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=watch_stdin, daemon=True).start()
    timer = threading.Timer(max_seconds, lambda: os._exit(3))
    timer.daemon = True
    timer.start()


def main():
    root, max_seconds = sys.argv[1], float(sys.argv[2])
    stop_when_parent_goes(max_seconds)
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr,
                        format="%(asctime)s %(message)s")

    authorizer = DummyAuthorizer()
    authorizer.add_user(os.environ["FTPKIT_USER"], os.environ["FTPKIT_PASSWORD"], root,
                        perm=ALL_PERMISSIONS)
    handler = FTPHandler
    handler.authorizer = authorizer

    server = FTPServer(("127.0.0.1", 0), handler)
    print("PORT %d" % server.socket.getsockname()[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
