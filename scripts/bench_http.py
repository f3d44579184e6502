"""HTTP clients for `make bench`: what each page weighs, and patients sending intakes.

Standard library only. A Browser keeps one keep-alive connection and its cookies, as a
browser tab would. Bodies are read as they come over the wire (compressed if the server
compressed them), so their length is what was transferred.
"""

import gzip
import http.client
import itertools
import re
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit

STEPS = ["about-you", "symptoms", "goals", "health", "preferences"]
REFERENCE = re.compile(r"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b")
INPUT_TAG = re.compile(r"<input\b([^>]*)>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
STALE_CONNECTION = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes  # as sent: compressed if Content-Encoding says so

    @property
    def encoding(self) -> str:
        return self.headers.get("Content-Encoding", "identity")

    @property
    def text(self) -> str:
        body = gzip.decompress(self.body) if self.encoding == "gzip" else self.body
        return body.decode()


class StepFailed(Exception):
    pass


class Browser:
    """One client: a keep-alive connection, a cookie jar, Origin and Referer on form posts."""

    def __init__(self, base_url: str):
        self.base_url = base_url.rstrip("/")
        parts = urlsplit(self.base_url)
        self.host, self.port = parts.hostname, parts.port
        self.connection: http.client.HTTPConnection | None = None
        self.cookies: dict[str, str] = {}
        self.timings: list[tuple[str, float]] = []  # ("GET /path/", seconds) per request

    def get(self, path: str, accept_encoding: str = "gzip") -> Response:
        return self.request("GET", path, headers={"Accept-Encoding": accept_encoding})

    def post(self, path: str, fields: dict) -> Response:
        headers = {
            "Accept-Encoding": "gzip",
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": self.base_url,
            "Referer": self.base_url + path,
        }
        return self.request("POST", path, urlencode(fields, doseq=True), headers)

    def request(self, method: str, path: str, body=None, headers=None) -> Response:
        headers = {"User-Agent": "clinic-bench", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        began = time.perf_counter()
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.connection.request(method, path, body, headers)
                raw = self.connection.getresponse()
                response = Response(raw.status, raw.headers, raw.read())
                break
            except STALE_CONNECTION:  # the server closed an idle keep-alive connection
                self.close()
                if attempt == 2:
                    raise
        self.timings.append((f"{method} {path}", time.perf_counter() - began))
        self.remember_cookies(response)
        if response.headers.get("Connection", "").lower() == "close":
            self.close()
        return response

    def remember_cookies(self, response: Response) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


# --- What a page weighs --------------------------------------------------------------------


class AssetFinder(HTMLParser):
    """The stylesheets, scripts, icons and images a page makes the browser load."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower().split()
        if tag == "link" and ("stylesheet" in rel or "icon" in rel) and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag in ("script", "img") and attrs.get("src"):
            self.urls.append(attrs["src"])

    @classmethod
    def find(cls, html: str) -> list[str]:
        finder = cls()
        finder.feed(html)
        return list(dict.fromkeys(finder.urls))


def page_weight(base_url: str, path: str) -> dict:
    """Bytes on the wire (bodies, compressed as sent) for a page and its assets, and requests.

    Assets on another host are counted as requests and listed as third-party, not fetched.
    """
    browser = Browser(base_url)
    try:
        page = browser.get(path, accept_encoding="gzip, br")
        html = browser.get(path, accept_encoding="identity").text
        own_host = urlsplit(browser.base_url).netloc
        result = {
            "status": page.status,
            "page_bytes": len(page.body),
            "page_encoding": page.encoding,
            "bytes": len(page.body),
            "requests": 1,
            "third_party": [],
            "assets": [],
        }
        for url in AssetFinder.find(html):
            absolute = urlsplit(urljoin(browser.base_url + path, url))
            result["requests"] += 1
            if absolute.netloc != own_host:
                result["third_party"].append(absolute.geturl())
                continue
            asset = browser.get(
                absolute.path + (f"?{absolute.query}" if absolute.query else ""), "gzip, br"
            )
            result["bytes"] += len(asset.body)
            result["assets"].append((absolute.path, asset.status, len(asset.body), asset.encoding))
        return result
    finally:
        browser.close()


# --- Patients sending intakes --------------------------------------------------------------


def input_fields(html: str) -> list[dict[str, str]]:
    return [dict(ATTRIBUTE.findall(attributes)) for attributes in INPUT_TAG.findall(html)]


def input_value(html: str, name: str) -> str:
    for field in input_fields(html):
        if field.get("name") == name:
            return field.get("value", "")
    raise StepFailed(f"no {name!r} input on the page")


def health_answers(n: int, html: str) -> dict:
    """No to every question the page asks, with an occasional yes, as most patients answer."""
    fields = input_fields(html)
    names = {f["name"] for f in fields if f.get("type") == "radio" and "name" in f}
    answers = dict.fromkeys(sorted(names), "no")
    if n % 7 == 0 and "skin-condition" in answers:
        answers["skin-condition"] = "yes"
        answers["skin-condition_detail"] = "Eczema on my arms"
    if n % 50 == 0 and "red_flag_weight_loss" in answers:
        answers["red_flag_weight_loss"] = "yes"
    return answers


def step_answers(slug: str, n: int, html: str) -> dict:
    """Valid answers for one step, varied a little from one patient to the next."""
    if slug == "about-you":
        return {
            "full_name": f"Bench Patient {n}",
            "date_of_birth_day": str(1 + n % 28),
            "date_of_birth_month": str(1 + n % 12),
            "date_of_birth_year": str(1950 + n % 50),
            "email": f"patient{n}@example.org",
            "phone": "01632 960 001" if n % 3 == 0 else "",
            "contact_method": "phone" if n % 3 == 0 else "email",
        }
    if slug == "symptoms":
        return {
            "main_concern": "Aching lower back after long days at my desk.",
            "body_regions": ["lower_back", "neck"][: 1 + n % 2],
            "pain_now": str(n % 11),
            "pain_week_average": str((n + 2) % 11),
            "duration": ["under_6_weeks", "6_to_12_weeks", "over_3_months"][n % 3],
            "interference": str((n + 5) % 11),
            "conditions": ["low-back-pain"] if n % 2 else [],
        }
    if slug == "goals":
        return {"goals": [["pain_relief", "mobility"], ["stress_relief"], ["sleep"]][n % 3]}
    if slug == "health":
        return health_answers(n, html)
    return {
        "needles": ["avoid", "unsure", "comfortable"][n % 3],
        "pressure": ["light", "medium", "firm", "no_preference"][n % 4],
        "self_care": ["yes", "maybe", "no"][n % 3],
        "curious_about": [["massage", "acupressure"], ["acupuncture"], []][n % 3],
        "anything_else": "I work shifts." if n % 4 == 0 else "",
    }


def expect(response: Response, status: int, what: str) -> Response:
    if response.status != status:
        raise StepFailed(f"{what}: HTTP {response.status}")
    return response


def one_intake(browser: Browser, n: int) -> str:
    """A whole intake, as a patient's browser makes it. Returns the reference it was given."""
    expect(browser.get("/intake/"), 200, "GET start")
    for slug in STEPS:
        path = f"/intake/{slug}/"
        html = expect(browser.get(path), 200, f"GET {slug}").text
        fields = step_answers(slug, n, html)
        fields["csrfmiddlewaretoken"] = input_value(html, "csrfmiddlewaretoken")
        expect(browser.post(path, fields), 302, f"POST {slug}")
    html = expect(browser.get("/intake/check/"), 200, "GET check").text
    fields = {
        "csrfmiddlewaretoken": input_value(html, "csrfmiddlewaretoken"),
        "key": input_value(html, "key"),
        "consent": "on",
        "website": "",
    }
    expect(browser.post("/intake/check/", fields), 302, "POST check")
    html = expect(browser.get("/intake/confirmation/"), 200, "GET confirmation").text
    match = REFERENCE.search(html)
    if match is None:
        raise StepFailed("no reference on the confirmation page")
    return match.group()


def run_intakes(base_url: str, clients: int, max_intakes: int, max_seconds: float) -> dict:
    """`clients` patients at once, each starting a new intake as soon as one is sent, until
    `max_intakes` have been started or `max_seconds` have passed."""
    numbers = itertools.count()
    lock = threading.Lock()
    durations: list[float] = []
    references: list[str] = []
    requests: dict[str, list[float]] = {}
    failures: Counter[str] = Counter()
    started, cpu_started = time.monotonic(), time.process_time()
    deadline = started + max_seconds

    def patient() -> None:
        while time.monotonic() < deadline:
            with lock:
                n = next(numbers)
            if n >= max_intakes:
                return
            browser = Browser(base_url)
            began = time.perf_counter()
            try:
                reference = one_intake(browser, n)
            except (StepFailed, OSError, http.client.HTTPException) as error:
                with lock:
                    failures[str(error) or type(error).__name__] += 1
            else:
                with lock:
                    durations.append(time.perf_counter() - began)
                    references.append(reference)
                    for request, seconds in browser.timings:
                        requests.setdefault(request, []).append(seconds)
            finally:
                browser.close()

    threads = [threading.Thread(target=patient, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {
        "client_cpu_seconds": time.process_time() - cpu_started,
        "completed": len(references),
        "failed": sum(failures.values()),
        "failures": dict(failures.most_common(5)),
        "seconds": elapsed,
        "per_second": len(references) / elapsed if elapsed else 0.0,
        "p50_ms": statistics.median(durations) * 1000 if durations else None,
        "p99_ms": percentile(durations, 99) * 1000 if durations else None,
        "references": references,
        "request_p50_ms": {
            request: statistics.median(times) * 1000 for request, times in requests.items()
        },
    }


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]
