"""Drives Python's ftplib against a server for ftpkit's interop tests.

Usage: /usr/bin/python3 ftplib_client.py HOST PORT ACTION [ARGUMENT...]
The user name and password come from FTPKIT_USER and FTPKIT_PASSWORD. Every action
prints one JSON object on stdout for the Java test to check. An ftplib error ends the
script with exit code 1 and {"error": <exception class>, "reply": <server reply>}.

Actions:
  login                         welcome banner, login reply and PWD
  list                          NLST and MLSD of the current directory
  nlst ARGUMENT                 NLST of a path or wildcard pattern, as mget sends it
  retrieve REMOTE LOCAL MODE    RETR into LOCAL; MODE is passive or active
  store LOCAL REMOTE MODE       STOR from LOCAL; MODE is passive or active
  storelines LOCAL REMOTE       STOR in ASCII mode (TYPE A), lines sent with CRLF
  retrievelines REMOTE          RETR in ASCII mode, the lines without their ends
  rename FROM TO | delete NAME | mkd NAME | rmd NAME
  raw [--no-login] COMMAND...   each command through sendcmd, errors recorded per command
"""

import ftplib
import json
import os
import sys

TIMEOUT_SECONDS = 30
BLOCK_SIZE = 64 * 1024


def connect(host, port, log_in=True):
    ftp = ftplib.FTP(timeout=TIMEOUT_SECONDS)
    welcome = ftp.connect(host, port)
    login = ftp.login(os.environ["FTPKIT_USER"], os.environ["FTPKIT_PASSWORD"]) if log_in else None
    return ftp, welcome, login


def login(ftp, welcome, login_reply):
    return {"welcome": welcome, "login": login_reply, "pwd": ftp.pwd()}


def listing(ftp):
    names = ftp.nlst()
    entries = [{"name": name, "facts": facts} for name, facts in ftp.mlsd(facts=["type", "size"])]
    return {"nlst": names, "mlsd": entries}


def retrieve(ftp, remote, local, mode):
    ftp.set_pasv(mode == "passive")
    with open(local, "wb") as out:
        reply = ftp.retrbinary("RETR " + remote, out.write, blocksize=BLOCK_SIZE)
    return {"reply": reply, "bytes": os.path.getsize(local)}


def store(ftp, local, remote, mode):
    ftp.set_pasv(mode == "passive")
    with open(local, "rb") as source:
        reply = ftp.storbinary("STOR " + remote, source, blocksize=BLOCK_SIZE)
    return {"reply": reply}


def store_lines(ftp, local, remote):
    with open(local, "rb") as source:
        reply = ftp.storlines("STOR " + remote, source)
    return {"reply": reply}


def retrieve_lines(ftp, remote):
    lines = []
    reply = ftp.retrlines("RETR " + remote, lines.append)
    return {"reply": reply, "lines": lines}


def raw(ftp, commands):
    results = []
    for command in commands:
        try:
            results.append({"command": command, "reply": ftp.sendcmd(command)})
        except ftplib.all_errors as error:
            results.append({"command": command, "error": type(error).__name__,
                            "reply": str(error)})
    return {"results": results}


def run(host, port, action, arguments):
    if action == "raw":
        log_in = arguments[:1] != ["--no-login"]
        ftp, _, _ = connect(host, port, log_in)
        return raw(ftp, arguments if log_in else arguments[1:])

    ftp, welcome, login_reply = connect(host, port)
    if action == "login":
        result = login(ftp, welcome, login_reply)
    elif action == "list":
        result = listing(ftp)
    elif action == "nlst":
        result = {"nlst": ftp.nlst(*arguments)}
    elif action == "retrieve":
        result = retrieve(ftp, *arguments)
    elif action == "store":
        result = store(ftp, *arguments)
    elif action == "storelines":
        result = store_lines(ftp, *arguments)
    elif action == "retrievelines":
        result = retrieve_lines(ftp, *arguments)
    elif action == "rename":
        result = {"reply": ftp.rename(*arguments)}
    elif action == "delete":
        result = {"reply": ftp.delete(*arguments)}
    elif action == "mkd":
        result = {"path": ftp.mkd(*arguments)}
    elif action == "rmd":
        result = {"reply": ftp.rmd(*arguments)}
    else:
        raise SystemExit("unknown action " + action)
    result["quit"] = ftp.quit()
    return result


def main():
    host, port, action, arguments = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    try:
        result = run(host, port, action, arguments)
    except ftplib.all_errors as error:
        print(json.dumps({"error": type(error).__name__, "reply": str(error)}))
        sys.exit(1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
