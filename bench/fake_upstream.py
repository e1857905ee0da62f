#!/usr/bin/env python3
"""Genderize, Agify and Nationalize stand-ins for bench/run.sh, so creates work offline.

Serves GET /genderize?name=, /agify?name= and /nationalize?name= on 127.0.0.1 with the bodies the
real services send, every value derived from a hash of the name (the same name always gets the same
answer, and every answer is usable: a gender with a positive count, an age, at least one country).
The server is pointed here with GENDERIZE_URL=http://127.0.0.1:PORT/genderize and so on.

Usage: fake_upstream.py [PORT]   (0 or nothing: a free port; the port is printed as the first line)
"""
import hashlib
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# The fifty most common countries of the generated data (bootstrap's CountryWeights).
COUNTRIES = (
    "NG KE ET GH ZA BJ UG EG TZ US CM CD SN CI FR IN GB ML RW SD MZ MA AO MG ZW "
    "TN BR ZM DE CN AU JP MR SS CA NA SO MU CG BW DJ NE TG ST MW BI CF DZ GN ER"
).split()


def digest(name):
    return hashlib.sha256(name.encode("utf-8")).digest()


def genderize(name):
    d = digest(name)
    return {
        "count": 1000 + int.from_bytes(d[0:3], "big"),
        "name": name,
        "gender": "male" if d[3] % 2 == 0 else "female",
        "probability": round(0.5 + d[4] / 255 * 0.49, 2),
    }


def agify(name):
    d = digest(name)
    return {"count": 1000 + int.from_bytes(d[5:8], "big"), "name": name, "age": 1 + d[8] % 90}


def nationalize(name):
    d = digest(name)
    picks = []
    for b in d[9:12]:
        code = COUNTRIES[b % len(COUNTRIES)]
        if code not in picks:
            picks.append(code)
    weights = sorted((1 + b for b in d[12:12 + len(picks)]), reverse=True)
    total = sum(weights) * 1.25  # the probabilities sum to less than 1, as Nationalize's do
    return {
        "count": 1000 + int.from_bytes(d[15:18], "big"),
        "name": name,
        "country": [
            {"country_id": code, "probability": round(w / total, 4)}
            for code, w in zip(picks, weights)
        ],
    }


SERVICES = {"/genderize": genderize, "/agify": agify, "/nationalize": nationalize}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real services
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

    def do_GET(self):
        url = urlsplit(self.path)
        service = SERVICES.get(url.path.rstrip("/") or "/")
        names = parse_qs(url.query).get("name", [])
        if service is None:
            self.answer(404, {"error": "Not found"})
        elif not names or not names[0]:
            self.answer(422, {"error": "Missing 'name' parameter"})
        else:
            self.answer(200, service(names[0]))

    def answer(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # quiet: bench/run.sh reads only the port line
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = Server(("127.0.0.1", port), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
