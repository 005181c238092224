// Load for the http workloads (not a workload itself). drive(port, opts)
// loads the server on 127.0.0.1:port and resolves { rps, p99 } (p99 in ms,
// or undefined), or rejects with the reason the run is bad.
//
// With wrk installed (bench/install-peers.sh installs it) and BENCH_NO_WRK
// unset: 50 connections, one thread, a 1 s warm-up then 3 s measured; with
// taskset the calling process is pinned to CPU 0 and wrk to CPU 1. A
// non-2xx answer or a socket error makes the run bad. opts.lua is the text
// of a wrk script (e.g. a POST body). Without wrk, _loadgen.js (run by node)
// keeps 16 connections busy for 1.5 s after a 0.3 s warm-up; opts.body and
// opts.type make it POST.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

function have(cmd, args) {
  return !spawnSync(cmd, args, { stdio: 'ignore' }).error;
}

function collect(child) {
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => out += d);
    if (child.stderr) child.stderr.on('data', (d) => out += d);
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function viaWrk(port, opts, useTaskset) {
  if (useTaskset) {
    spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  }
  let dir;
  const script = [];
  if (opts.lua) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-'));
    script.push('-s', path.join(dir, 'load.lua'));
    fs.writeFileSync(script[1], opts.lua);
  }
  const wrk = (secs, latency) => {
    const args = ['-t1', '-c50', `-d${secs}s`, ...script];
    if (latency) args.push('--latency');
    args.push(`http://127.0.0.1:${port}/`);
    return collect(useTaskset ? spawn('taskset', ['-c', '1', 'wrk', ...args]) : spawn('wrk', args));
  };
  try {
    const warm = await wrk(1, false);
    if (warm.code !== 0) throw new Error('wrk warm-up failed: ' + warm.out);
    const run = await wrk(3, true);
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(run.out);
    if (run.code !== 0 || !rps || /Non-2xx|Socket errors/.test(run.out)) {
      throw new Error('bad wrk run:\n' + run.out);
    }
    const p99 = /^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(run.out);
    return { rps: +rps[1], p99: p99 ? +p99[1] * { us: 1e-3, ms: 1, s: 1e3 }[p99[2]] : undefined };
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function viaLoadgen(port, opts) {
  const env = { ...process.env };
  if (opts.body !== undefined) {
    env.LOADGEN_BODY = opts.body;
    env.LOADGEN_TYPE = opts.type || 'application/octet-stream';
  }
  const { code, out } = await collect(spawn(
    'node', [path.join(__dirname, '_loadgen.js'), port, 16, 1500, 300],
    { stdio: ['ignore', 'pipe', 'inherit'], env }));
  if (code !== 0) throw new Error('load generator failed');
  const r = JSON.parse(out);
  if (r.errors || r.requests < 100) throw new Error('bad run ' + out);
  return { rps: r.requests / (r.ms / 1000), p99: undefined };
}

function drive(port, opts = {}) {
  if (!process.env.BENCH_NO_WRK && have('wrk', ['--version'])) {
    return viaWrk(port, opts, have('taskset', ['-c', '0', 'true']));
  }
  return viaLoadgen(port, opts);
}

module.exports = { drive };
