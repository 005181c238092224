#!/usr/bin/env python3
"""eddy's benchmark runner.

Runs every workload (bench/workloads/<area>/*.js, each a plain Node script)
under node, eddy and every peer runtime installed by bench/install-peers.sh,
interleaved round-robin per repetition, and reports median/min/max of:

  wall  wall-clock time of the whole process (time.perf_counter around it)
  rss   maximum resident set size (os.wait4 rusage ru_maxrss)
  ops   a line `ops/s: <number>` printed by the workload (higher is better)
  any   other metric the workload prints as a JSON line
        {"metric": "<name>", "value": <number>[, "unit": "...",
         "better": "higher"|"lower"]}      ("better" defaults to "higher")

A workload may start with a comment declaring defaults:

  // bench: metric=ops+wall, runs=5, timeout=60, args=--size 1e6 --mode=a,b

metric is one or more of wall, rss, ops or a printed metric name, joined
with '+'; args, if present, comes last and runs to the end of the line
(split like a shell would).

Standard library only. See bench/README.md.
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
WORKLOADS_DIR = os.path.join(BENCH_DIR, 'workloads')
PEERS_BIN = os.path.join(BENCH_DIR, '.peers', 'bin')
RESULTS_DIR = os.path.join(BENCH_DIR, 'results')

DEFAULT_RUNS = 10
DEFAULT_TIMEOUT = 60.0
DEFAULT_METRICS = ('wall',)
BASELINE = 'node'

# Built-in metrics and their direction. Printed metrics default to "higher".
BUILTIN_BETTER = {'wall': 'lower', 'rss': 'lower'}
BUILTIN_UNITS = {'wall': 's', 'rss': 'bytes', 'ops': 'ops/s'}

OPS_RE = re.compile(r'^\s*ops/s:\s*([-+0-9.eE]+)\s*$')
META_RE = re.compile(r'^\s*//\s*bench:\s*(.*)$')
META_PAIR_RE = re.compile(r'(\w+)\s*=\s*(.*?)\s*(?=,\s*\w+\s*=|$)')


# --------------------------------------------------------------------------
# Workloads


class Workload:
    def __init__(self, path, root=WORKLOADS_DIR):
        self.path = path
        rel = os.path.relpath(path, root)
        self.name = os.path.splitext(rel)[0] if rel.endswith(('.js', '.mjs')) else rel
        self.metrics = list(DEFAULT_METRICS)
        self.runs = None
        self.timeout = None
        self.args = []
        self.setup = None
        self._read_meta()

    def _read_meta(self):
        """Parse `// bench: k=v, ...` lines in the leading comment block."""
        with open(self.path, encoding='utf-8', errors='replace') as f:
            lines = f.read(8192).splitlines()
        for i, line in enumerate(lines):
            if i == 0 and line.startswith('#!'):
                continue
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith('//'):
                break
            m = META_RE.match(line)
            if not m:
                continue
            text = m.group(1)
            # args= takes the rest of the line verbatim (it may hold commas).
            am = re.search(r'(?:^|,)\s*args\s*=(.*)$', text)
            pairs = META_PAIR_RE.findall(text[:am.start()] if am else text)
            if am:
                pairs.append(('args', am.group(1).strip()))
            for key, value in pairs:
                key = key.lower()
                try:
                    if key in ('metric', 'metrics'):
                        metrics = [x for x in re.split(r'[+|\s]+', value) if x]
                        if metrics:
                            self.metrics = metrics
                    elif key == 'runs':
                        self.runs = max(1, int(value))
                    elif key == 'timeout':
                        self.timeout = float(value)
                    elif key == 'args':
                        self.args = shlex.split(value)
                    elif key == 'setup':
                        self.setup = value.strip()
                    else:
                        warn(f'{self.name}: unknown bench metadata key {key!r}')
                except ValueError:
                    warn(f'{self.name}: bad bench metadata {key}={value!r}')


def discover_workloads(filters, root=WORKLOADS_DIR):
    found = []
    if not os.path.isdir(root):
        return found
    for area in sorted(os.listdir(root)):
        area_dir = os.path.join(root, area)
        if not os.path.isdir(area_dir) or area.startswith(('.', '_')):
            continue
        for fname in sorted(os.listdir(area_dir)):
            if not fname.endswith(('.js', '.mjs')) or fname.startswith(('.', '_')):
                continue
            w = Workload(os.path.join(area_dir, fname), root)
            if filters and not any(f in w.name for f in filters):
                continue
            found.append(w)
    return found


# --------------------------------------------------------------------------
# Runtimes


class Runtime:
    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.version = None

    def command(self, workload):
        return [self.path, workload.path] + workload.args

    def probe_version(self):
        try:
            out = subprocess.run([self.path, '--version'], capture_output=True,
                                 text=True, timeout=10)
            text = (out.stdout or out.stderr).strip().splitlines()
            self.version = text[0] if out.returncode == 0 and text else None
        except (OSError, subprocess.SubprocessError):
            self.version = None


def resolve_executable(path):
    """Return an absolute executable path for `path`, or None."""
    if os.sep in path:
        p = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
        return p if os.path.isfile(p) and os.access(p, os.X_OK) else None
    return shutil.which(path)


def find_peers():
    peers = {}
    if os.path.isdir(PEERS_BIN):
        for name in sorted(os.listdir(PEERS_BIN)):
            p = os.path.join(PEERS_BIN, name)
            if os.path.isfile(p) and os.access(p, os.X_OK):
                peers[name] = p
    return peers


def select_runtimes(args):
    """Return (runtimes, skipped) where skipped is [(name, reason)]."""
    peers = find_peers()
    if args.runtimes:
        wanted = [r.strip() for r in args.runtimes.split(',') if r.strip()]
    else:
        wanted = [BASELINE, 'eddy'] + [p for p in peers if p not in (BASELINE, 'eddy')]
    eddy_arg = args.eddy or os.path.join(ROOT, 'build', 'eddy')
    runtimes, skipped, seen = [], [], set()
    for name in wanted:
        if name in seen:
            continue
        seen.add(name)
        if name == 'node':
            path = resolve_executable(args.node)
            reason = f'node binary {args.node!r} not found'
        elif name == 'eddy':
            path = resolve_executable(eddy_arg)
            reason = (f'eddy binary not found at {eddy_arg} '
                      '(build it, or pass --eddy PATH)')
        elif name in peers:
            path, reason = peers[name], None
        else:
            path = resolve_executable(name)
            reason = (f'{name} is not installed in bench/.peers/bin '
                      '(run bench/install-peers.sh) and not on PATH')
        if path:
            runtimes.append(Runtime(name, path))
        else:
            skipped.append((name, reason))
    return runtimes, skipped


# --------------------------------------------------------------------------
# Running


class RunResult:
    __slots__ = ('ok', 'wall', 'rss_kib', 'metrics', 'units', 'better',
                 'error', 'stderr_tail')

    def __init__(self):
        self.ok = False
        self.wall = None
        self.rss_kib = None
        self.metrics = {}
        self.units = {}
        self.better = {}
        self.error = None
        self.stderr_tail = ''


def parse_output(text, result):
    for line in text.splitlines():
        m = OPS_RE.match(line)
        if m:
            try:
                value = float(m.group(1))
            except ValueError:
                continue
            if math.isfinite(value):
                result.metrics['ops'] = value
                result.units['ops'] = 'ops/s'
                result.better['ops'] = 'higher'
            continue
        s = line.strip()
        if s.startswith('{') and '"metric"' in s:
            try:
                obj = json.loads(s)
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            name, value = obj.get('metric'), obj.get('value')
            if (isinstance(name, str) and isinstance(value, (int, float))
                    and not isinstance(value, bool) and math.isfinite(value)
                    and name not in BUILTIN_BETTER):
                result.metrics[name] = float(value)
                if isinstance(obj.get('unit'), str):
                    result.units[name] = obj['unit']
                better = obj.get('better', 'higher')
                result.better[name] = 'lower' if better == 'lower' else 'higher'


def describe_status(status):
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            signame = signal.Signals(sig).name
        except ValueError:
            signame = str(sig)
        return f'killed by {signame}'
    if os.WIFEXITED(status):
        return f'exit {os.WEXITSTATUS(status)}'
    return f'status {status}'


def kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


def run_once(runtime, workload, timeout):
    result = RunResult()
    cmd = runtime.command(workload)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        timed_out = threading.Event()
        try:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, cwd=ROOT, start_new_session=True)
        except OSError as e:
            result.error = f'cannot start: {e.strerror}'
            return result

        def kill():
            timed_out.set()
            kill_group(proc.pid)

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            # Wait for exit but leave the zombie in place (WNOWAIT) so its pid,
            # and so its process group id, cannot be reused while we clean up.
            while True:
                try:
                    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
                    break
                except InterruptedError:
                    continue
            t1 = time.perf_counter()
        except BaseException:
            kill_group(proc.pid)
            os.wait4(proc.pid, 0)
            proc.returncode = -1
            raise
        finally:
            timer.cancel()
        # Anything the workload left behind in its session dies with it.
        kill_group(proc.pid)
        _, status, rusage = os.wait4(proc.pid, 0)
        proc.returncode = 0  # reaped by wait4; keep Popen from waiting again

        out.seek(0)
        err.seek(0)
        stdout = out.read().decode('utf-8', 'replace')
        stderr = err.read().decode('utf-8', 'replace')

    result.wall = t1 - t0
    result.rss_kib = rusage.ru_maxrss  # KiB on Linux
    result.stderr_tail = '\n'.join(stderr.strip().splitlines()[-5:])
    if timed_out.is_set():
        result.error = f'timeout after {timeout:g}s'
    elif not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
        result.error = describe_status(status)
    else:
        result.ok = True
        parse_output(stdout, result)
    return result


class Series:
    """All runs of one workload under one runtime."""

    def __init__(self, runtime):
        self.runtime = runtime
        self.runs = []
        self.error = None
        self.stderr_tail = ''

    @property
    def failed(self):
        return self.error is not None

    def values(self, metric):
        if metric == 'wall':
            return [r.wall for r in self.runs]
        if metric == 'rss':
            return [r.rss_kib * 1024 for r in self.runs]
        return [r.metrics[metric] for r in self.runs if metric in r.metrics]

    def meta(self, metric, key):
        for r in self.runs:
            d = getattr(r, key)
            if metric in d:
                return d[metric]
        return None


def rotate(seq, k):
    if not seq:
        return seq
    k %= len(seq)
    return seq[k:] + seq[:k]


def run_setup(workload):
    """Runs a workload's `setup=` script (a python3 script, path relative
    to bench/) once, before its first run: it prepares inputs such as
    generated module trees under bench/.cache/."""
    if not workload.setup:
        return
    script = os.path.join(os.path.dirname(WORKLOADS_DIR), workload.setup)
    subprocess.run([sys.executable, script], check=True)


def bench_workload(workload, runtimes, runs, warmup, timeout, progress):
    run_setup(workload)
    series = {rt.name: Series(rt) for rt in runtimes}
    live = list(runtimes)
    total = warmup + runs
    for rep in range(total):
        is_warmup = rep < warmup
        # Round-robin, rotating the starting runtime every repetition so no
        # runtime always runs first (e.g. right after a cold cache).
        for rt in rotate(live, rep):
            s = series[rt.name]
            if s.failed:
                continue
            if progress:
                label = 'warmup' if is_warmup else f'run {rep - warmup + 1}/{runs}'
                progress(f'{workload.name}: {rt.name} {label}')
            r = run_once(rt, workload, timeout)
            if not r.ok:
                s.error = r.error
                s.stderr_tail = r.stderr_tail
                continue
            if not is_warmup:
                s.runs.append(r)
    return series


# --------------------------------------------------------------------------
# Reporting


def stats(values):
    if not values:
        return None
    return {
        'median': statistics.median(values),
        'min': min(values),
        'max': max(values),
        'mean': statistics.fmean(values),
        'stdev': statistics.stdev(values) if len(values) > 1 else 0.0,
        'n': len(values),
    }


def ratio(metric_better, base, value):
    """How many times better than the baseline (>1 = better than node)."""
    if base is None or value is None or base <= 0 or value <= 0:
        return None
    return base / value if metric_better == 'lower' else value / base


def fmt_value(metric, v, unit=None):
    if v is None:
        return '-'
    if metric == 'wall':
        if v < 1:
            return f'{v * 1e3:.1f} ms'
        return f'{v:.3f} s'
    if metric == 'rss':
        return f'{v / (1024 * 1024):.1f} MiB'
    if metric == 'ops':
        for div, suf in ((1e9, 'G'), (1e6, 'M'), (1e3, 'k')):
            if abs(v) >= div:
                return f'{v / div:.2f}{suf}/s'
        return f'{v:.1f}/s'
    s = f'{v:.4g}'
    return f'{s} {unit}' if unit else s


def metric_label(metric):
    return {'wall': 'wall', 'rss': 'max rss', 'ops': 'ops/s'}.get(metric, metric)


def build_rows(workload, series):
    """Rows for the table and the JSON, one per (metric, runtime)."""
    # The table shows the declared metrics plus whatever the workload printed;
    # the JSON also keeps wall and rss for every workload.
    shown = list(workload.metrics)
    for s in series.values():
        for r in s.runs:
            for m in r.metrics:
                if m not in shown:
                    shown.append(m)
    metrics = shown + [m for m in BUILTIN_BETTER if m not in shown]
    rows = []
    for metric in metrics:
        base_series = series.get(BASELINE)
        better = BUILTIN_BETTER.get(metric)
        if better is None:
            better = next((s.meta(metric, 'better') for s in series.values()
                           if s.meta(metric, 'better')), 'higher')
        base_stats = None
        if base_series and not base_series.failed:
            base_stats = stats(base_series.values(metric))
        for name, s in series.items():
            row = {
                'workload': workload.name,
                'metric': metric,
                'runtime': name,
                'better': better,
                'unit': BUILTIN_UNITS.get(metric) or s.meta(metric, 'units'),
                'in_table': metric in shown,
            }
            if s.failed:
                row.update(status='FAIL', error=s.error, stderr=s.stderr_tail)
            else:
                vals = s.values(metric)
                st = stats(vals)
                if st is None:
                    row.update(status='MISSING',
                               error=f'no {metric_label(metric)} value printed')
                else:
                    row.update(status='ok', values=vals, **st)
                    row['vs_node'] = ratio(
                        better, base_stats and base_stats['median'], st['median'])
            rows.append(row)
    return rows


def render_table(rows):
    header = ['workload', 'metric', 'runtime', 'median', 'min', 'max', 'vs node']
    lines = []  # (cells, note): note replaces the numeric cells of a failed row
    for row in rows:
        head = [row['workload'], metric_label(row['metric']), row['runtime']]
        if row['status'] == 'ok':
            cells = [fmt_value(row['metric'], row[k], row.get('unit'))
                     for k in ('median', 'min', 'max')]
            r = row.get('vs_node')
            cells.append(f'{r:.2f}x' if r is not None else '-')
            lines.append((head + cells, None))
        else:
            lines.append((head, f"{row['status']} ({row['error']})"))
    widths = [len(h) for h in header]
    for cells, _ in lines:
        for i, c in enumerate(cells):
            widths[i] = max(widths[i], len(c))

    def fmt(cells, note=None):
        out = [c.ljust(widths[i]) for i, c in enumerate(cells[:3])]
        if note is not None:
            out.append(note)
        else:
            out += [c.rjust(widths[i + 3]) for i, c in enumerate(cells[3:])]
        return '  '.join(out).rstrip()

    text = [fmt(header), '  '.join('-' * w for w in widths)]
    prev = None
    for cells, note in lines:
        if cells[0] == prev:
            cells = [''] + cells[1:]
        elif prev is not None:
            text.append('')
        prev = cells[0] or prev
        text.append(fmt(cells, note))
    return '\n'.join(text)


def warn(msg):
    print(f'bench: {msg}', file=sys.stderr)


def git_revision():
    try:
        out = subprocess.run(['git', '-C', ROOT, 'rev-parse', 'HEAD'],
                             capture_output=True, text=True, timeout=10)
        if out.returncode != 0:
            return None
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def cpu_model():
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def loadavg():
    try:
        return list(os.getloadavg())
    except OSError:
        return None


# --------------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run eddy's benchmarks against node and peer runtimes.",
        epilog='Ratios ("vs node") are always "times better than node": '
               'node/runtime for wall and rss (lower is better), '
               'runtime/node for ops/s (higher is better).')
    p.add_argument('--filter', action='append', default=[], metavar='SUBSTR',
                   help='only workloads whose name (area/name) contains SUBSTR; '
                        'repeat or comma-separate for several')
    p.add_argument('--runs', type=int, default=None, metavar='N',
                   help=f'measured repetitions per workload (default: the '
                        f"workload's runs= metadata, else {DEFAULT_RUNS})")
    p.add_argument('--warmup', type=int, default=1, metavar='N',
                   help='unmeasured repetitions before the measured ones (default 1)')
    p.add_argument('--runtimes', metavar='LIST',
                   help='comma-separated runtimes, e.g. node,eddy,bun '
                        '(default: node, eddy and every peer in bench/.peers/bin)')
    p.add_argument('--eddy', metavar='PATH',
                   help='eddy binary (default: build/eddy in the repository)')
    p.add_argument('--node', default='node', metavar='PATH',
                   help='node binary (default: node on PATH)')
    p.add_argument('--timeout', type=float, default=None, metavar='SECONDS',
                   help=f'per-run time limit (default: workload timeout= '
                        f'metadata, else {DEFAULT_TIMEOUT:g})')
    p.add_argument('--workloads', default=WORKLOADS_DIR, metavar='DIR',
                   help='workload tree, DIR/<area>/*.js (default: bench/workloads)')
    p.add_argument('--json', metavar='PATH',
                   help='also write the JSON results to PATH')
    p.add_argument('--no-save', action='store_true',
                   help='do not write bench/results/<timestamp>.json')
    p.add_argument('--list', action='store_true',
                   help='list the selected workloads and runtimes, then exit')
    p.add_argument('--fail-on-error', action='store_true',
                   help='exit 1 if any runtime failed any workload')
    p.add_argument('-q', '--quiet', action='store_true',
                   help='no progress output on stderr')
    args = p.parse_args(argv)
    args.filter = [f for item in args.filter for f in item.split(',') if f]
    if args.runs is not None and args.runs < 1:
        p.error('--runs must be at least 1')
    if args.warmup < 0:
        p.error('--warmup must be >= 0')
    return args


def make_progress(quiet):
    if quiet:
        return None
    tty = sys.stderr.isatty()

    def progress(msg):
        if tty:
            sys.stderr.write('\r\033[K' + msg)
        else:
            sys.stderr.write(msg + '\n')
        sys.stderr.flush()

    def done():
        if tty:
            sys.stderr.write('\r\033[K')
            sys.stderr.flush()

    progress.done = done
    return progress


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)

    workloads = discover_workloads(args.filter, os.path.abspath(args.workloads))
    runtimes, skipped = select_runtimes(args)
    for name, reason in skipped:
        warn(f'skipping {name}: {reason}')
    if not workloads:
        warn('no workloads match' + (f' {args.filter}' if args.filter else ''))
        return 2
    if not runtimes:
        warn('no runtime available')
        return 2
    if BASELINE not in {rt.name for rt in runtimes}:
        warn('node is not among the runtimes: the "vs node" column stays empty')
    for rt in runtimes:
        rt.probe_version()

    if args.list:
        for rt in runtimes:
            print(f'runtime  {rt.name:6} {rt.version or "?":12} {rt.path}')
        for w in workloads:
            runs = args.runs or w.runs or DEFAULT_RUNS
            print(f'workload {w.name}  metric={"+".join(w.metrics)} runs={runs}'
                  + (f' args={shlex.join(w.args)}' if w.args else ''))
        return 0

    print('runtimes: ' + ', '.join(f'{rt.name} {rt.version or "?"} ({rt.path})'
                                   for rt in runtimes))
    sys.stdout.flush()
    progress = make_progress(args.quiet)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = loadavg()
    t_start = time.perf_counter()
    all_rows, workload_info = [], []
    for w in workloads:
        runs = args.runs or w.runs or DEFAULT_RUNS
        timeout = args.timeout or w.timeout or DEFAULT_TIMEOUT
        series = bench_workload(w, runtimes, runs, args.warmup, timeout, progress)
        all_rows.extend(build_rows(w, series))
        workload_info.append({
            'name': w.name, 'path': os.path.relpath(w.path, ROOT),
            'metrics': w.metrics, 'runs': runs, 'args': w.args,
            'timeout': timeout})
    elapsed = time.perf_counter() - t_start
    if progress:
        progress.done()

    print()
    print('vs node = times better than node (>1 better): node/runtime for wall '
          'and max rss, runtime/node for ops/s; medians compared.')
    print(render_table([r for r in all_rows if r['in_table']]))
    failures = [r for r in all_rows if r['status'] == 'FAIL']
    reported = set()
    if failures:
        print('\nfailures:')
        for r in failures:
            key = (r['workload'], r['runtime'])
            if key in reported:
                continue
            reported.add(key)
            print(f"  {r['workload']} under {r['runtime']}: {r['error']}")
            for line in (r.get('stderr') or '').splitlines():
                print(f'    | {line}')
    print(f'\n{len(workloads)} workloads x {len(runtimes)} runtimes in {elapsed:.1f}s')

    doc = {
        'schema': 1,
        'started': started.isoformat(timespec='seconds'),
        'elapsed_s': round(elapsed, 3),
        'ratio_convention': 'vs_node = times better than node: '
                            'node/runtime for lower-is-better metrics (wall, rss), '
                            'runtime/node for higher-is-better (ops)',
        'host': {
            'hostname': platform.node(), 'cpu': cpu_model(),
            'cpus': os.cpu_count(), 'platform': platform.platform(),
            'loadavg_before': load_before, 'loadavg_after': loadavg(),
        },
        'git_revision': git_revision(),
        'options': {'runs': args.runs, 'warmup': args.warmup,
                    'filter': args.filter, 'timeout': args.timeout},
        'runtimes': [{'name': rt.name, 'path': rt.path, 'version': rt.version}
                     for rt in runtimes],
        'skipped_runtimes': [{'name': n, 'reason': r} for n, r in skipped],
        'workloads': workload_info,
        'results': all_rows,
    }
    paths = []
    if not args.no_save:
        os.makedirs(RESULTS_DIR, exist_ok=True)
        stamp = started.strftime('%Y%m%dT%H%M%SZ')
        paths.append(os.path.join(RESULTS_DIR, f'{stamp}.json'))
    if args.json:
        paths.append(args.json)
    for path in paths:
        d = os.path.dirname(os.path.abspath(path))
        os.makedirs(d, exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(doc, f, indent=1, allow_nan=False,
                      default=lambda o: None)
            f.write('\n')
        shown = os.path.relpath(path)
        print(f'results: {os.path.abspath(path) if shown.startswith("..") else shown}')

    if args.fail_on_error and failures:
        return 1
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
