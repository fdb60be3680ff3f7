#!/usr/bin/env node
// Synthesises every sound of the game, deterministically, and writes them to assets/audio:
//   sfx.wav + sprite.json   the short effects, packed as one Howler sprite {name: [startMs, durationMs]}
//   music-<mood>.wav         one seamless loop per music mood (8 s, an integer number of bars)
// WAV 16-bit PCM mono 22050 Hz. No dependencies; randomness comes from a seeded PRNG and nothing
// reads the clock, so every run writes the same bytes.
//
//   node scripts/gen-audio.mjs               write to assets/audio
//   node scripts/gen-audio.mjs --out DIR     write somewhere else
//   node scripts/gen-audio.mjs --check       exit 1 if assets/audio differs from a fresh render
//
// The sound names are the contract in src/narrative/registry.ts (SFX, MUSIC); a unit test checks
// that this list and the registry agree.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SAMPLE_RATE = 22050;
const SR = SAMPLE_RATE;
const TAU = Math.PI * 2;
const NYQ_SAFE = SR * 0.45;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: one seeded stream per sound, so editing one sound changes no other.

function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(name) {
  const next = mulberry32(hashString(`alices-logbook/${name}`));
  return {
    next,
    range: (a, b) => a + (b - a) * next(),
    noise: () => next() * 2 - 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Small DSP toolkit

const midiHz = (m) => 440 * Math.pow(2, (m - 69) / 12);
const dbGain = (db) => Math.pow(10, db / 20);
const secs = (s) => Math.round(s * SR);
const clamp = (x, lo, hi) => (x < lo ? lo : x > hi ? hi : x);

/** RBJ biquad; coefficients can be changed while running (sweeps). */
class Biquad {
  constructor(type, freq, q = 0.707, gainDb = 0) {
    this.x1 = this.x2 = this.y1 = this.y2 = 0;
    this.set(type, freq, q, gainDb);
  }
  set(type, freq, q = 0.707, gainDb = 0) {
    const w = (TAU * clamp(freq, 10, NYQ_SAFE)) / SR;
    const cw = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    let b0, b1, b2, a0, a1, a2;
    if (type === 'lp') {
      b0 = (1 - cw) / 2; b1 = 1 - cw; b2 = b0;
      a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha;
    } else if (type === 'hp') {
      b0 = (1 + cw) / 2; b1 = -(1 + cw); b2 = b0;
      a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha;
    } else if (type === 'bp') {
      b0 = alpha; b1 = 0; b2 = -alpha;
      a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha;
    } else if (type === 'peak') {
      const A = Math.pow(10, gainDb / 40);
      b0 = 1 + alpha * A; b1 = -2 * cw; b2 = 1 - alpha * A;
      a0 = 1 + alpha / A; a1 = -2 * cw; a2 = 1 - alpha / A;
    } else {
      throw new Error(`unknown filter ${type}`);
    }
    this.b0 = b0 / a0; this.b1 = b1 / a0; this.b2 = b2 / a0;
    this.a1 = a1 / a0; this.a2 = a2 / a0;
  }
  tick(x) {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1; this.x1 = x;
    this.y2 = this.y1; this.y1 = y;
    return y;
  }
}

/** Filter a buffer in place. */
function filter(buf, type, freq, q, gainDb) {
  const f = new Biquad(type, freq, q, gainDb);
  for (let i = 0; i < buf.length; i++) buf[i] = f.tick(buf[i]);
  return buf;
}

/** Filter in place with a time-varying cutoff freqAt(tSeconds). */
function sweep(buf, type, freqAt, q) {
  const f = new Biquad(type, freqAt(0), q);
  for (let i = 0; i < buf.length; i++) {
    if ((i & 15) === 0) f.set(type, freqAt(i / SR), q);
    buf[i] = f.tick(buf[i]);
  }
  return buf;
}

/** Mono Freeverb (Schroeder/Moorer), delay lengths scaled for 22050 Hz. */
class Reverb {
  constructor(room = 0.82, damp = 0.3) {
    this.combs = [558, 594, 638, 678, 711, 745, 778, 808].map((n) => ({ buf: new Float64Array(n), i: 0, store: 0 }));
    this.alls = [278, 220, 170, 112].map((n) => ({ buf: new Float64Array(n), i: 0 }));
    this.room = room;
    this.damp = damp;
  }
  tick(x) {
    const input = x * 0.03;
    let out = 0;
    for (const c of this.combs) {
      const y = c.buf[c.i];
      c.store = y * (1 - this.damp) + c.store * this.damp;
      c.buf[c.i] = input + c.store * this.room;
      c.i = c.i + 1 === c.buf.length ? 0 : c.i + 1;
      out += y;
    }
    for (const a of this.alls) {
      const b = a.buf[a.i];
      a.buf[a.i] = out + b * 0.5;
      out = b - out;
      a.i = a.i + 1 === a.buf.length ? 0 : a.i + 1;
    }
    return out;
  }
}

/** Add reverb in place (non-periodic; the buffer must leave room for the tail). */
function reverb(buf, wet, room, damp) {
  const r = new Reverb(room, damp);
  for (let i = 0; i < buf.length; i++) buf[i] += wet * r.tick(buf[i]);
  return buf;
}

/** Mix src into dst at sample offset (clipped at the end). */
function mix(dst, src, at, gain = 1) {
  const n = Math.min(src.length, dst.length - at);
  for (let i = Math.max(0, -at); i < n; i++) dst[at + i] += src[i] * gain;
}

/** Mix src into a loop buffer, wrapping past the end: tails fall onto the loop's start. */
function mixWrap(dst, src, at, gain = 1) {
  const N = dst.length;
  let j = ((at % N) + N) % N;
  for (let i = 0; i < src.length; i++) {
    dst[j] += src[i] * gain;
    if (++j === N) j = 0;
  }
}

/** Attack/decay/sustain/release envelope value at t for a note held `gate` seconds. */
function adsr(t, gate, a, d, s, r) {
  let lvl;
  const held = Math.min(t, gate);
  if (held < a) {
    const x = held / a;
    lvl = x * x * (3 - 2 * x);
  } else {
    lvl = s + (1 - s) * Math.exp(-(held - a) / Math.max(d, 1e-4));
  }
  if (t > gate) lvl *= Math.exp((-(t - gate) * 5) / r);
  return lvl;
}

/** Raised-cosine fade in/out over the first/last `ms` milliseconds, in place. */
function fadeEdges(buf, inMs, outMs) {
  const ni = Math.min(buf.length, secs(inMs / 1000));
  for (let i = 0; i < ni; i++) buf[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / ni);
  const no = Math.min(buf.length, secs(outMs / 1000));
  for (let i = 0; i < no; i++) buf[buf.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / no);
  return buf;
}

function peakOf(buf) {
  let p = 0;
  for (let i = 0; i < buf.length; i++) p = Math.max(p, Math.abs(buf[i]));
  return p;
}

function rmsOf(buf) {
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] * buf[i];
  return Math.sqrt(s / Math.max(1, buf.length));
}

function scale(buf, g) {
  for (let i = 0; i < buf.length; i++) buf[i] *= g;
  return buf;
}

/** Remove the mean (DC) of a buffer. */
function removeDc(buf) {
  let m = 0;
  for (let i = 0; i < buf.length; i++) m += buf[i];
  m /= buf.length || 1;
  for (let i = 0; i < buf.length; i++) buf[i] -= m;
  return buf;
}

/**
 * Run a stateful effect chain over a loop so that its output is periodic: process three cycles
 * back to back and keep the third, by which time every filter and reverb is in steady state.
 */
function periodic(loop, chain) {
  const N = loop.length;
  const x = new Float64Array(N * 3);
  for (let k = 0; k < 3; k++) x.set(loop, k * N);
  const y = chain(x);
  return y.slice(2 * N, 3 * N);
}

/**
 * Add amp * decay^i * sin(phase + w*i) for i < len, by rotating a phasor (much faster than
 * Math.sin per sample; still fully deterministic).
 */
function addSine(out, len, w, phase, amp, decay) {
  const c = Math.cos(w);
  const s = Math.sin(w);
  let x = Math.cos(phase) * amp;
  let y = Math.sin(phase) * amp;
  for (let i = 0; i < len; i++) {
    out[i] += y;
    const nx = (x * c - y * s) * decay;
    y = (x * s + y * c) * decay;
    x = nx;
  }
}

// ---------------------------------------------------------------------------------------------
// Instruments (each returns a Float64Array holding one note, starting at its onset)

/** Warm additive pad: two detuned voices, soft harmonic roll-off. */
function pad(freq, gate, opts, rng) {
  const { attack = 0.6, decay = 0.8, sustain = 0.8, release = 1.2, bright = 1400, detune = 5, tilt = 1.4, vib = 0 } = opts;
  const len = secs(gate + release);
  const out = new Float64Array(len);
  const voices = [-detune, detune];
  for (const cents of voices) {
    const f0 = freq * Math.pow(2, cents / 1200);
    for (let n = 1; n * f0 < Math.min(NYQ_SAFE, bright * 4); n++) {
      const fn = f0 * n;
      const amp = (1 / Math.pow(n, tilt)) / (1 + Math.pow(fn / bright, 2));
      if (amp < 0.002) break;
      const ph = rng.next() * TAU;
      const w = (TAU * fn) / SR;
      const vw = (TAU * 0.23 * (1 + rng.next())) / SR;
      if (vib) {
        for (let i = 0; i < len; i++) out[i] += amp * Math.sin(ph + w * i + vib * n * Math.sin(vw * i));
      } else {
        addSine(out, len, w, ph, amp, 1);
      }
    }
  }
  for (let i = 0; i < len; i++) out[i] *= 0.5 * adsr(i / SR, gate, attack, decay, sustain, release);
  return fadeEdges(out, 0, 20);
}

/** Soft FM bell. ratio 3.5 is bell-like, 1..2 glassier. */
function bell(freq, dur, opts = {}) {
  const { ratio = 3.5, index = 1.2, tau = 0.9 } = opts;
  const len = secs(dur);
  const out = new Float64Array(len);
  const wc = (TAU * freq) / SR;
  const wm = (TAU * freq * ratio) / SR;
  const w2 = (TAU * freq * 2.01) / SR;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.003) * Math.exp(-t / tau);
    const I = index * Math.exp(-t / (tau * 0.35));
    out[i] = env * (Math.sin(wc * i + I * Math.sin(wm * i)) + 0.12 * Math.exp(-t / (tau * 0.4)) * Math.sin(w2 * i));
  }
  return fadeEdges(out, 0, 15);
}

/** Additive plucked string / soft piano: higher partials decay faster, slight inharmonicity. */
function pluck(freq, dur, opts = {}) {
  const { tau = 0.4, bright = 0.55, partials = 12, inharm = 0.0002, attack = 0.002, gate = Infinity } = opts;
  const len = secs(dur);
  const out = new Float64Array(len);
  for (let n = 1; n <= partials; n++) {
    const fn = freq * n * Math.sqrt(1 + inharm * n * n);
    if (fn > NYQ_SAFE) break;
    const amp = Math.pow(bright, n - 1) / n;
    const tn = tau / (1 + 0.6 * (n - 1));
    addSine(out, len, (TAU * fn) / SR, 0, amp, Math.exp(-1 / (SR * tn)));
  }
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    let e = Math.min(1, t / attack);
    if (t > gate) e *= Math.exp(-(t - gate) / 0.03);
    out[i] *= e;
  }
  return fadeEdges(out, 0, 10);
}

/** Round bass: sine plus a little 2nd/3rd harmonic. */
function bass(freq, gate, opts = {}) {
  const { release = 0.08, h2 = 0.25, h3 = 0.08, decay = 0.35, sustain = 0.7 } = opts;
  const len = secs(gate + release);
  const out = new Float64Array(len);
  const w = (TAU * freq) / SR;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const e = adsr(t, gate, 0.006, decay, sustain, release);
    out[i] = e * (Math.sin(w * i) + h2 * Math.sin(2 * w * i) + h3 * Math.sin(3 * w * i));
  }
  return fadeEdges(out, 0, 8);
}

/** Soft low thump (a heartbeat): sine with falling pitch. */
function thump(amp = 1) {
  const len = secs(0.35);
  const out = new Float64Array(len);
  let ph = 0;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const f = 48 + 40 * Math.exp(-t / 0.03);
    ph += (TAU * f) / SR;
    out[i] = amp * Math.min(1, t / 0.004) * Math.exp(-t / 0.09) * Math.sin(ph);
  }
  return fadeEdges(out, 0, 10);
}

/** A short filtered noise burst (shaker, hat, rim). */
function noiseHit(rng, dur, tau, type, freq, q, attack = 0.001) {
  const len = secs(dur);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    out[i] = rng.noise() * Math.min(1, t / attack) * Math.exp(-t / tau);
  }
  filter(out, type, freq, q);
  return fadeEdges(out, 0, 3);
}

/**
 * Modal resonator bank struck by impulses: modes = [[freq, tau, amp]], strikes = [[t, amp]].
 * Used for bells, gongs, wood.
 */
function modal(len, modes, strikes, strikeLp = 4000) {
  const exc = new Float64Array(len);
  for (const [t, a] of strikes) {
    const i = secs(t);
    if (i >= 0 && i < len) exc[i] += a;
  }
  filter(exc, 'lp', strikeLp, 0.7);
  const out = new Float64Array(len);
  for (const [f, tau, amp] of modes) {
    if (f > NYQ_SAFE) continue;
    const w = (TAU * f) / SR;
    const r = Math.exp(-1 / (tau * SR));
    const c1 = 2 * r * Math.cos(w);
    const c2 = -r * r;
    const g = amp * Math.sin(w);
    let y1 = 0, y2 = 0;
    for (let i = 0; i < len; i++) {
      const y = c1 * y1 + c2 * y2 + g * exc[i];
      y2 = y1; y1 = y;
      out[i] += y;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sound effects. Each: render -> peak-normalise to -1 dBFS -> per-sound trim (taste: a tick is
// quieter than an applause) -> padded to a whole multiple of 20 ms (441 samples), so sprite
// offsets are exact integer milliseconds.

const SFX_PEAK_DB = -1;

const SFX_DEFS = {
  clock_tick: { trimDb: -5, render: clockTick },
  alarm_clock: { trimDb: -9, render: alarmClock },
  phone_buzz: { trimDb: -6, render: phoneBuzz },
  phone_ring: { trimDb: -4, render: phoneRing },
  mail_swoosh: { trimDb: -2, render: mailSwoosh },
  notif_ping: { trimDb: -5, render: notifPing },
  keyboard: { trimDb: -5, render: keyboard },
  door_knock: { trimDb: -1, render: doorKnock },
  paper_rustle: { trimDb: -6, render: paperRustle },
  applause: { trimDb: -1, render: applause },
  sting_good: { trimDb: -2, render: stingGood },
  sting_bad: { trimDb: -4, render: stingBad },
};

/** The effect names, in sprite order (must match SFX in src/narrative/registry.ts). */
export const SFX_NAMES = Object.keys(SFX_DEFS);

/** 1 s, loopable: tick at 20 ms, tock at 520 ms. */
function clockTick(rng) {
  const out = new Float64Array(secs(1));
  const tick = (t0, pitch, amp) => {
    const len = secs(0.06);
    const b = new Float64Array(len);
    for (let i = 0; i < len; i++) b[i] = rng.noise() * Math.exp(-i / SR / 0.0018);
    filter(b, 'bp', 3200 * pitch, 1.8);
    const wood = modal(len, [[2150 * pitch, 0.006, 0.5], [3380 * pitch, 0.004, 0.3], [930 * pitch, 0.011, 0.35], [520 * pitch, 0.016, 0.2]], [[0, 1]], 6000);
    for (let i = 0; i < len; i++) b[i] = 0.7 * b[i] + wood[i];
    mix(out, fadeEdges(b, 0, 10), secs(t0), amp);
  };
  tick(0.02, 1, 1);
  tick(0.52, 0.82, 0.85);
  return out;
}

/** A bedside digital alarm: two groups of four soft piezo beeps. */
function alarmClock() {
  const out = new Float64Array(secs(1.32));
  const f = 1975.5; // B6
  const beep = (t0) => {
    const gate = 0.075;
    const len = secs(gate + 0.02);
    const b = new Float64Array(len);
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      const e = Math.min(1, t / 0.004) * (t > gate ? Math.exp(-(t - gate) / 0.004) : 1);
      const p = (TAU * f * i) / SR;
      b[i] = e * (Math.sin(p) + 0.18 * Math.sin(3 * p) + 0.06 * Math.sin(2 * p));
    }
    mix(out, b, secs(t0));
  };
  for (const g0 of [0.01, 0.74]) for (let k = 0; k < 4; k++) beep(g0 + k * 0.13);
  filter(out, 'lp', 6500, 0.7);
  return out;
}

/** An SMS on a desk: two vibration pulses with a little table rattle. */
function phoneBuzz(rng) {
  const out = new Float64Array(secs(1.0));
  const pulses = [[0.01, 0.38], [0.53, 0.9]];
  const gateAt = (t) => {
    let g = 0;
    for (const [a, b] of pulses) {
      if (t >= a && t <= b + 0.05) {
        const up = Math.min(1, (t - a) / 0.02);
        const down = t > b ? Math.exp(-(t - b) / 0.012) : 1;
        g = Math.max(g, up * down);
      }
    }
    return g;
  };
  let ph = 0;
  const rattle = new Float64Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    let since = 1;
    for (const [a] of pulses) if (t >= a) since = t - a;
    const f = 158 - 38 * Math.exp(-since / 0.04) + 2 * Math.sin(TAU * 7 * t);
    ph += (TAU * f) / SR;
    const g = gateAt(t);
    out[i] = g * (Math.tanh(2.2 * Math.sin(ph)) * 0.7 + 0.25 * Math.sin(2 * ph + 0.4));
    const knock = Math.pow(0.5 + 0.5 * Math.sin(ph), 6);
    rattle[i] = g * knock * rng.noise();
  }
  filter(rattle, 'bp', 1900, 1.2);
  for (let i = 0; i < out.length; i++) out[i] += 0.9 * rattle[i];
  filter(out, 'lp', 3200, 0.7);
  filter(out, 'hp', 70, 0.7);
  return fadeEdges(out, 1, 10);
}

/** A vintage electromechanical ring: two gongs struck alternately, British-style double ring. */
function phoneRing(rng) {
  const len = secs(1.6);
  const gongA = [[1130, 0.3, 1], [2620, 0.18, 0.45], [4810, 0.1, 0.25], [7480, 0.06, 0.12]];
  const gongB = [[1265, 0.28, 1], [2935, 0.17, 0.45], [5390, 0.1, 0.22], [8390, 0.05, 0.1]];
  const strikesA = [];
  const strikesB = [];
  for (const [a, b] of [[0.0, 0.4], [0.6, 1.0]]) {
    let k = 0;
    for (let t = a + 0.005; t < b; t += 0.025, k++) {
      const amp = 0.8 + 0.2 * rng.next();
      (k % 2 ? strikesB : strikesA).push([t + rng.range(-0.001, 0.001), amp]);
    }
  }
  const a = modal(len, gongA, strikesA, 5000);
  const b = modal(len, gongB, strikesB, 5000);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) out[i] = Math.tanh(1.4 * (a[i] + b[i]) * 0.08);
  filter(out, 'peak', 900, 1, 3);
  filter(out, 'lp', 6000, 0.7);
  return fadeEdges(out, 0, 60);
}

/** An email leaving: airy band-passed noise sweeping up then away. */
function mailSwoosh(rng) {
  const len = secs(0.72);
  const peakT = 0.26;
  const env = (t) => (t < peakT ? Math.pow(t / peakT, 2.2) : Math.exp(-(t - peakT) / 0.12));
  const layer = (fLo, fHi, fEnd, q) => {
    const b = new Float64Array(len);
    for (let i = 0; i < len; i++) b[i] = rng.noise() * env(i / SR);
    return sweep(b, 'bp', (t) => (t < peakT ? fLo * Math.pow(fHi / fLo, t / peakT) : fEnd + (fHi - fEnd) * Math.exp(-(t - peakT) / 0.15)), q);
  };
  const hi = layer(450, 3600, 1400, 1.3);
  const lo = layer(220, 1100, 500, 0.9);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) out[i] = hi[i] + 0.55 * lo[i];
  return fadeEdges(out, 2, 40);
}

/** A gentle two-note notification (B5 grace, E6). */
function notifPing() {
  const out = new Float64Array(secs(0.46));
  const note = (f, t0, amp) => {
    const len = secs(0.4);
    const b = new Float64Array(len);
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      const e = Math.min(1, t / 0.002) * Math.exp(-t / 0.11);
      const p = (TAU * f * i) / SR;
      b[i] = e * (Math.sin(p + 0.35 * Math.exp(-t / 0.015) * Math.sin(4 * p)) + 0.22 * Math.exp(-t / 0.05) * Math.sin(2 * p));
    }
    mix(out, fadeEdges(b, 0, 40), secs(t0), amp);
  };
  note(987.77, 0.005, 0.5);
  note(1318.5, 0.075, 1);
  reverb(out, 0.35, 0.7, 0.4);
  return fadeEdges(out, 0, 30);
}

/** A few keystrokes on an office keyboard. */
function keyboard(rng) {
  const out = new Float64Array(secs(0.8));
  const stroke = (t0, amp, body) => {
    const click = noiseHit(rng, 0.03, 0.0025, 'hp', 2600, 0.7);
    const thock = noiseHit(rng, 0.05, 0.012, 'bp', body, 2.5);
    const bottom = modal(secs(0.06), [[body * 0.22, 0.012, 0.6], [body * 0.55, 0.008, 0.3]], [[0.001, 1]], 3000);
    const at = secs(t0);
    mix(out, click, at, 0.45 * amp);
    mix(out, thock, at, 1.2 * amp);
    mix(out, bottom, at, 0.8 * amp);
    mix(out, noiseHit(rng, 0.02, 0.002, 'hp', 3000, 0.7), at + secs(rng.range(0.04, 0.065)), 0.18 * amp);
  };
  let t = 0.01;
  let k = 0;
  while (t < 0.68) {
    const space = k === 5;
    stroke(t, rng.range(0.6, 1) * (space ? 1.1 : 1), space ? 650 : rng.range(850, 1250));
    t += rng.range(0.065, 0.15);
    k++;
  }
  filter(out, 'hp', 120, 0.7);
  return fadeEdges(out, 0, 20);
}

/** Three knuckle knocks on a wooden office door. */
function doorKnock(rng) {
  const len = secs(0.82);
  const times = [0.01, 0.195, 0.39];
  const amps = [1, 0.82, 0.95];
  const strikes = times.map((t, k) => [t + rng.range(-0.004, 0.004), amps[k]]);
  const out = modal(len, [[96, 0.085, 0.9], [168, 0.06, 0.7], [262, 0.04, 0.55], [415, 0.025, 0.35], [770, 0.012, 0.25], [1240, 0.007, 0.15]], strikes, 2500);
  for (const [t, a] of strikes) mix(out, noiseHit(rng, 0.03, 0.004, 'bp', 1500, 1), secs(t), 0.35 * a);
  filter(out, 'hp', 55, 0.7);
  reverb(out, 0.25, 0.6, 0.5);
  return fadeEdges(out, 0, 40);
}

/** A sheet of paper handled: crackle grains and a soft slide, in two gestures. */
function paperRustle(rng) {
  const len = secs(0.72);
  const out = new Float64Array(len);
  const activity = (t) => {
    const g1 = Math.sin(Math.PI * clamp((t - 0.02) / 0.33, 0, 1));
    const g2 = 0.8 * Math.sin(Math.PI * clamp((t - 0.3) / 0.36, 0, 1));
    return Math.max(g1, g2);
  };
  const slide = new Float64Array(len);
  for (let i = 0; i < len; i++) slide[i] = rng.noise() * activity(i / SR);
  filter(slide, 'bp', 2200, 0.7);
  for (let i = 0; i < len; i++) out[i] += 0.12 * slide[i];
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    if (rng.next() < (activity(t) * 900) / SR) {
      const tau = rng.range(0.0004, 0.0025);
      const g = secs(tau * 4);
      const a = rng.range(0.2, 1);
      for (let j = 0; j < g && i + j < len; j++) out[i + j] += a * rng.noise() * Math.exp(-j / SR / tau);
    }
  }
  filter(out, 'bp', 3400, 0.6);
  filter(out, 'hp', 900, 0.7);
  return fadeEdges(out, 2, 30);
}

/** A small room applauding: sixteen clappers, each with its own hand shape and tempo. */
function applause(rng) {
  const len = secs(1.6);
  const out = new Float64Array(len);
  const env = (t) => Math.min(1, Math.pow(t / 0.22, 1.5)) * (t > 0.9 ? Math.exp(-(t - 0.9) / 0.25) : 1);
  for (let c = 0; c < 16; c++) {
    const period = rng.range(0.19, 0.27);
    const freq = rng.range(800, 2300);
    const q = rng.range(0.9, 2);
    const tau = rng.range(0.006, 0.013);
    const amp = rng.range(0.45, 1);
    const stopAt = rng.range(1.0, 1.55);
    for (let t = rng.range(0, period); t < stopAt; t += period + rng.range(-0.015, 0.015)) {
      mix(out, noiseHit(rng, 0.04, tau, 'bp', freq, q, 0.0008), secs(t), amp * env(t));
    }
  }
  filter(out, 'hp', 250, 0.7);
  reverb(out, 0.3, 0.7, 0.5);
  return fadeEdges(out, 5, 60);
}

/** Good news: a quick rising D-major arpeggio over a soft chord. */
function stingGood(rng) {
  const out = new Float64Array(secs(1.1));
  [74, 78, 81, 86].forEach((m, k) => {
    const t0 = 0.005 + k * 0.065;
    mix(out, pluck(midiHz(m), 1.0, { tau: 0.45, bright: 0.5 }), secs(t0), 0.6);
    mix(out, bell(midiHz(m), 1.0, { ratio: 2, index: 0.8, tau: 0.5 }), secs(t0), 0.3);
  });
  for (const m of [62, 66, 69, 74]) mix(out, pad(midiHz(m), 0.45, { attack: 0.12, release: 0.55, bright: 1800 }, rng), secs(0.2), 0.22);
  reverb(out, 0.4, 0.75, 0.4);
  return fadeEdges(out, 0, 80);
}

/** Bad news: a falling diminished arpeggio landing on a muted D-minor chord that sags. */
function stingBad(rng) {
  const out = new Float64Array(secs(1.3));
  [70, 67, 64, 61].forEach((m, k) => {
    mix(out, pluck(midiHz(m), 0.7, { tau: 0.35, bright: 0.4 }), secs(0.005 + k * 0.1), 0.65);
  });
  const chordAt = 0.43;
  const clen = secs(0.87);
  for (const m of [38, 50, 53, 57]) {
    const b = new Float64Array(clen);
    let ph = rng.next() * TAU;
    for (let i = 0; i < clen; i++) {
      const t = i / SR;
      const f = midiHz(m) * Math.pow(2, (-45 * Math.min(1, t / 0.8)) / 1200);
      ph += (TAU * f) / SR;
      let s = 0;
      for (let n = 1; n <= 8; n++) s += Math.sin(n * ph) / (n * n * 0.6 + 0.4);
      b[i] = s * adsr(t, 0.5, 0.04, 0.5, 0.6, 0.35);
    }
    filter(b, 'lp', 900, 0.8);
    mix(out, fadeEdges(b, 0, 30), secs(chordAt), m === 38 ? 0.5 : 0.3);
  }
  reverb(out, 0.3, 0.75, 0.45);
  return fadeEdges(out, 0, 80);
}

/** Render one effect, normalised and padded to whole 20 ms steps. */
function renderSfx(name) {
  const def = SFX_DEFS[name];
  // No DC removal here: it would shift the silent edges off zero. The renders are zero-mean.
  const raw = def.render(makeRng(`sfx/${name}`));
  const peak = peakOf(raw);
  scale(raw, peak > 0 ? dbGain(SFX_PEAK_DB + def.trimDb) / peak : 1);
  const step = secs(0.02);
  const len = Math.ceil(raw.length / step) * step;
  const out = new Float64Array(len);
  out.set(raw);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Music loops. All 8 s (= 176400 samples), an integer number of bars. Notes are mixed with
// wrap-around so a tail crossing the end sounds at the start; effects run periodically (see
// `periodic`); the loop therefore joins its own beginning without a seam.

const LOOP_SECONDS = 8;
const MUSIC_DEFS = {
  night: { rmsDb: -22, render: musicNight },
  office: { rmsDb: -20, render: musicOffice },
  tension: { rmsDb: -20, render: musicTension },
  resolution: { rmsDb: -20, render: musicResolution },
};
const MUSIC_PEAK_CEILING_DB = -3;

/** The music moods that have a file ('silence' has none). */
export const MUSIC_NAMES = Object.keys(MUSIC_DEFS);

function grid(bpm, beatsPerBar, bars) {
  const beat = (60 / bpm) * SR;
  const N = Math.round(beat * beatsPerBar * bars);
  if (N !== LOOP_SECONDS * SR) throw new Error(`loop is ${N / SR}s, expected ${LOOP_SECONDS}s`);
  return { N, beatSec: 60 / bpm, at: (beats) => Math.round(beats * beat), layer: () => new Float64Array(N) };
}

function masterChain(wet, room, lp) {
  return (x) => {
    filter(x, 'hp', 30, 0.7);
    const r = new Reverb(room, 0.4);
    for (let i = 0; i < x.length; i++) x[i] += wet * r.tick(x[i]);
    filter(x, 'lp', lp, 0.7);
    return x;
  };
}

/** Night, 60 BPM, 2 bars of 4/4: slow pad, soft bell arpeggio. D dorian-ish, dreamy. */
function musicNight(rng) {
  const g = grid(60, 4, 2);
  const mixBuf = g.layer();
  const chords = [
    { pad: [50, 57, 60, 64], arp: [69, 74, 76, 81] }, // Dm(add9)
    { pad: [46, 53, 57, 62], arp: [70, 74, 77, 81] }, // Bbmaj7
    { pad: [53, 57, 60, 64], arp: [69, 72, 76, 77] }, // Fmaj7
    { pad: [52, 55, 60, 62], arp: [67, 72, 74, 79] }, // C(add9)/E
  ];
  chords.forEach((c, k) => {
    const beat0 = k * 2;
    for (const m of c.pad) mixWrap(mixBuf, pad(midiHz(m), 2.1, { attack: 0.8, release: 1.6, bright: 900, detune: 6, sustain: 0.85 }, rng), g.at(beat0), 0.26);
    mixWrap(mixBuf, pad(midiHz(c.pad[0] - 12), 2.1, { attack: 0.6, release: 1.4, bright: 300, detune: 2 }, rng), g.at(beat0), 0.3);
    const order = k % 2 === 0 ? [0, 1, 2, 3] : [3, 2, 1];
    order.forEach((idx, j) => {
      const vel = j === 0 ? 0.5 : 0.32 + 0.08 * rng.next();
      const jitter = rng.range(-0.01, 0.01);
      mixWrap(mixBuf, bell(midiHz(c.arp[idx]), 2.2, { ratio: 3.5, index: 0.9, tau: 0.75 }), g.at(beat0 + j * 0.5 + jitter), vel);
    });
  });
  // A far, high bell once per bar.
  mixWrap(mixBuf, bell(midiHz(88), 3, { ratio: 1.4, index: 0.6, tau: 1.1 }), g.at(3.5), 0.12);
  mixWrap(mixBuf, bell(midiHz(86), 3, { ratio: 1.4, index: 0.6, tau: 1.1 }), g.at(7.5), 0.1);
  return periodic(mixBuf, masterChain(0.55, 0.86, 4200));
}

/** Office, 120 BPM, 4 bars: light pulsing plucks, walking bass, shaker. C major, Fmaj7-Em7-Dm7-G7sus4. */
function musicOffice(rng) {
  const g = grid(120, 4, 4);
  const mixBuf = g.layer();
  const bars = [
    { root: 41, tones: [65, 69, 72, 76], pad: [53, 57, 60, 64] },
    { root: 40, tones: [64, 67, 71, 74], pad: [52, 55, 59, 62] },
    { root: 38, tones: [62, 65, 69, 72], pad: [50, 53, 57, 60] },
    { root: 43, tones: [62, 65, 67, 72], pad: [50, 53, 55, 60] },
  ];
  const pluckOrder = [0, 2, 1, 3, 2, 0, 3, 1];
  const pluckVel = [1, 0.5, 0.75, 0.55, 0.9, 0.5, 0.75, 0.6];
  bars.forEach((b, k) => {
    const b0 = k * 4;
    for (let e = 0; e < 8; e++) {
      const m = b.tones[pluckOrder[e]];
      const t = b0 + e * 0.5 + rng.range(-0.006, 0.006);
      mixWrap(mixBuf, pluck(midiHz(m), 0.6, { tau: 0.2, bright: 0.45, partials: 10 }), g.at(t), 0.32 * pluckVel[e] * rng.range(0.9, 1.05));
    }
    const bassNotes = [[0, 0.8, 0], [1.5, 0.35, 0], [2, 0.8, 0], [3, 0.4, 7], [3.5, 0.35, 12]];
    for (const [bt, gate, iv] of bassNotes) mixWrap(mixBuf, bass(midiHz(b.root + iv), gate * g.beatSec, { decay: 0.25, sustain: 0.6 }), g.at(b0 + bt), 0.5);
    for (const m of b.pad) mixWrap(mixBuf, pad(midiHz(m), 4 * g.beatSec, { attack: 0.3, release: 0.8, bright: 1100 }, rng), g.at(b0), 0.06);
    for (let e = 0; e < 8; e++) {
      const vel = e % 2 ? 0.14 : 0.07;
      mixWrap(mixBuf, noiseHit(rng, 0.08, 0.025, 'hp', 5500, 0.7, 0.004), g.at(b0 + e * 0.5), vel);
    }
    for (const bt of [1, 3]) mixWrap(mixBuf, noiseHit(rng, 0.06, 0.01, 'bp', 1900, 1.5), g.at(b0 + bt), 0.12);
  });
  return periodic(mixBuf, masterChain(0.25, 0.78, 7000));
}

/** Tension, 120 BPM, 4 bars: low E-phrygian ostinato, pulsing pad, heartbeat, soft ticking. */
function musicTension(rng) {
  const g = grid(120, 4, 4);
  const mixBuf = g.layer();
  const ost = [
    [40, 40, 52, 40, 41, 40, 43, 40],
    [40, 40, 52, 40, 41, 40, 43, 40],
    [36, 36, 48, 36, 38, 36, 40, 36],
    [35, 35, 47, 35, 36, 35, 39, 35],
  ];
  const pads = [[52, 55, 59, 66], [52, 55, 59, 66], [48, 52, 55, 59], [47, 51, 54, 57]];
  const padLayer = g.layer();
  ost.forEach((notes, k) => {
    const b0 = k * 4;
    notes.forEach((m, e) => {
      const vel = (e === 0 ? 1 : e % 2 ? 0.65 : 0.8) * rng.range(0.92, 1.04);
      const n = pluck(midiHz(m), 0.5, { tau: 0.3, bright: 0.62, partials: 14, gate: 0.2 });
      filter(n, 'lp', 900, 0.9);
      mixWrap(mixBuf, n, g.at(b0 + e * 0.5), 0.75 * vel);
    });
    for (const m of pads[k]) mixWrap(padLayer, pad(midiHz(m), 4 * g.beatSec, { attack: 0.25, release: 0.5, bright: 800, detune: 8 }, rng), g.at(b0), 0.12);
    for (const [bt, a] of [[0, 1], [0.35, 0.6], [2, 0.9], [2.35, 0.55]]) mixWrap(mixBuf, thump(a), g.at(b0 + bt), 0.9);
    for (let s = 0; s < 16; s++) {
      const vel = s % 4 === 0 ? 0.06 : s % 2 === 0 ? 0.04 : 0.025;
      mixWrap(mixBuf, noiseHit(rng, 0.04, 0.008, 'hp', 6500, 0.7), g.at(b0 + s * 0.25), vel);
    }
  });
  // The pad pulses in eighth notes (the period divides the loop, so the pulse is seamless).
  const eighth = g.at(0.5);
  for (let i = 0; i < g.N; i++) {
    const ph = (i % eighth) / eighth;
    padLayer[i] *= 0.45 + 0.55 * Math.pow(0.5 + 0.5 * Math.cos(TAU * ph), 2);
  }
  mix(mixBuf, padLayer, 0, 1);
  // A thin high note that will not settle.
  mixWrap(mixBuf, pad(midiHz(71), 3.6, { attack: 1.2, release: 0.6, bright: 2500, tilt: 2.5, detune: 3, vib: 0.01 }, rng), g.at(0), 0.05);
  mixWrap(mixBuf, pad(midiHz(72), 3.6, { attack: 1.2, release: 0.6, bright: 2500, tilt: 2.5, detune: 3, vib: 0.01 }, rng), g.at(8), 0.05);
  return periodic(mixBuf, masterChain(0.22, 0.8, 6000));
}

/** Resolution, 90 BPM, 4 bars of 3/4: warm F-major, F - C/E - Dm7 - Bbmaj7 (plagal back to F). */
function musicResolution(rng) {
  const g = grid(90, 3, 4);
  const mixBuf = g.layer();
  const bars = [
    { bass: 41, pad: [53, 57, 60, 67], arp: [65, 69, 72, 79], mel: [[0, 81]] },
    { bass: 40, pad: [55, 60, 64, 67], arp: [64, 67, 72, 76], mel: [[0, 79]] },
    { bass: 38, pad: [50, 57, 60, 65], arp: [62, 65, 69, 72], mel: [[0, 77]] },
    { bass: 34, pad: [46, 53, 57, 62], arp: [58, 65, 69, 74], mel: [[0, 74], [2, 76]] },
  ];
  const order = [0, 1, 2, 3, 2, 1];
  bars.forEach((b, k) => {
    const b0 = k * 3;
    mixWrap(mixBuf, bass(midiHz(b.bass), 2.8 * g.beatSec, { release: 0.3, decay: 0.8, sustain: 0.65, h2: 0.15, h3: 0.03 }), g.at(b0), 0.45);
    for (const m of b.pad) mixWrap(mixBuf, pad(midiHz(m), 3 * g.beatSec, { attack: 0.35, release: 1.0, bright: 1300, detune: 5 }, rng), g.at(b0), 0.12);
    order.forEach((idx, e) => {
      const vel = (e === 0 ? 0.9 : e === 3 ? 0.75 : 0.55) * rng.range(0.9, 1.05);
      mixWrap(mixBuf, pluck(midiHz(b.arp[idx]), 1.6, { tau: 0.8, bright: 0.5, partials: 12, inharm: 0.0004 }), g.at(b0 + e * 0.5 + rng.range(-0.008, 0.008)), 0.3 * vel);
    });
    for (const [bt, m] of b.mel) mixWrap(mixBuf, bell(midiHz(m), 2.5, { ratio: 2, index: 0.7, tau: 0.9 }), g.at(b0 + bt), 0.22);
  });
  return periodic(mixBuf, masterChain(0.45, 0.84, 6000));
}

function renderMusic(name) {
  const def = MUSIC_DEFS[name];
  const loop = removeDc(def.render(makeRng(`music/${name}`)));
  let gain = dbGain(def.rmsDb) / rmsOf(loop);
  const ceiling = dbGain(MUSIC_PEAK_CEILING_DB);
  if (peakOf(loop) * gain > ceiling) gain = ceiling / peakOf(loop);
  return scale(loop, gain);
}

// ---------------------------------------------------------------------------------------------
// WAV output

/** 16-bit PCM mono WAV with a plain 44-byte RIFF header. */
export function encodeWav(samples, sampleRate = SR) {
  const n = samples.length;
  const b = Buffer.alloc(44 + n * 2);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + n * 2, 4);
  b.write('WAVE', 8, 'ascii');
  b.write('fmt ', 12, 'ascii');
  b.writeUInt32LE(16, 16); // fmt chunk size
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(sampleRate, 24);
  b.writeUInt32LE(sampleRate * 2, 28); // byte rate
  b.writeUInt16LE(2, 32); // block align
  b.writeUInt16LE(16, 34); // bits per sample
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) b.writeInt16LE(clamp(Math.round(samples[i] * 32767), -32768, 32767), 44 + i * 2);
  return b;
}

const SPRITE_GAP_MS = 40;

/**
 * Render everything. Returns the files (name -> bytes, in a fixed order) and per-sound stats.
 */
export function generateAudio() {
  const files = new Map();
  const stats = [];
  const describe = (name, buf) => ({
    name,
    seconds: buf.length / SR,
    peakDb: 20 * Math.log10(peakOf(buf) || 1e-9),
    rmsDb: 20 * Math.log10(rmsOf(buf) || 1e-9),
  });

  // Effects sprite.
  const gap = secs(SPRITE_GAP_MS / 1000);
  const parts = SFX_NAMES.map((name) => [name, renderSfx(name)]);
  const total = parts.reduce((s, [, b]) => s + b.length, 0) + gap * (parts.length - 1);
  const sprite = new Float64Array(total);
  const map = {};
  let at = 0;
  for (const [name, buf] of parts) {
    sprite.set(buf, at); // the gap after each effect stays silent
    map[name] = [Math.round((at / SR) * 1000), Math.round((buf.length / SR) * 1000)];
    stats.push(describe(`sfx:${name}`, buf));
    at += buf.length + gap;
  }
  files.set('sfx.wav', encodeWav(sprite));
  const json = `{\n${Object.entries(map).map(([k, v]) => `  ${JSON.stringify(k)}: [${v[0]}, ${v[1]}]`).join(',\n')}\n}\n`;
  files.set('sprite.json', Buffer.from(json, 'utf8'));

  for (const name of MUSIC_NAMES) {
    const loop = renderMusic(name);
    stats.push(describe(`music:${name}`, loop));
    files.set(`music-${name}.wav`, encodeWav(loop));
  }
  return { files, stats };
}

const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../assets/audio');

/** CLI entry point; returns the process exit code. */
export function main(argv = process.argv.slice(2)) {
  let out = DEFAULT_OUT;
  let check = false;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = resolve(argv[++i] ?? '');
    else if (argv[i] === '--check') check = true;
    else if (argv[i] === '--quiet') quiet = true;
    else {
      console.error(`unknown argument ${argv[i]}\nusage: node scripts/gen-audio.mjs [--out DIR] [--check] [--quiet]`);
      return 2;
    }
  }
  const { files, stats } = generateAudio();
  if (check) {
    const stale = [...files].filter(([name, bytes]) => {
      const p = join(out, name);
      return !existsSync(p) || !readFileSync(p).equals(bytes);
    });
    for (const [name] of stale) console.error(`stale: ${join(out, name)} (run node scripts/gen-audio.mjs)`);
    return stale.length ? 1 : 0;
  }
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const [name, data] of files) {
    writeFileSync(join(out, name), data);
    bytes += data.length;
  }
  if (!quiet) {
    for (const s of stats) {
      console.log(`${s.name.padEnd(18)} ${s.seconds.toFixed(2).padStart(5)} s  peak ${s.peakDb.toFixed(1).padStart(5)} dBFS  rms ${s.rmsDb.toFixed(1).padStart(5)} dBFS`);
    }
    console.log(`wrote ${files.size} files, ${(bytes / 1024).toFixed(0)} KB, to ${out}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
