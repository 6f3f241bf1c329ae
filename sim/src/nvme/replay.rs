//! Replay of captured host frames through the simulated NIC (`nicctl sim replay`): the verilated
//! `nic_core` with its QPs set up from a file and the controller models behind it; the frames of
//! a pcap go in at the capture's pace, every frame the NIC sends is kept, and every counter of
//! the core comes back by name. This is how a user reproduces a capture.
//!
//! The QP set-up file (TOML) and what a replay can and cannot show: docs/nic-core.md, "Replay".
//!
//! Frames whose BTH destination QP is not configured still go in: the NIC drops and counts them,
//! as it would on the wire.

use super::controller::Controller;
use super::fabric::Nic;
use super::links::Pressure;
use super::namespace::Namespace;
use super::nic_core_rtl::{NicCoreRtl, QpSetup};
use nic_hdl::link::message::MessageType;
use nic_hdl::roce::wire::DropCause;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Nanoseconds per clock cycle: the core's 100 MHz clock.
pub const NS_PER_CYCLE: u64 = 10;
const CLOCKS_PER_TICK: u64 = 16;
/// A replay stops this long after the last frame went in even if the NIC is still busy (its RC
/// retries end well before this).
pub const MAX_BUSY_CYCLES: u64 = 20_000_000;
/// The largest frame the MAC in front of the core passes (a 9 KiB jumbo frame and its headers);
/// a longer one is a giant: dropped and counted there, as a MAC does, never fed to the core.
pub const MAX_FRAME_BYTES: usize = 9216;
/// Blocks of the namespace the controllers share (512 B each: 32 MiB).
const NAMESPACE_BLOCKS: u64 = 1 << 16;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplayConfig {
    pub nic: NicSettings,
    #[serde(default)]
    pub qp: Vec<QpSettings>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NicSettings {
    pub mac: String,
    pub ip: String,
    /// The NIC's QPN of QP 0 (QP q is `qpn_base` + q).
    pub qpn_base: u32,
    pub mtu: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QpSettings {
    pub qp: u16,
    pub connector: usize,
    pub controller: String,
    pub peer_mac: String,
    pub peer_ip: String,
    pub peer_qpn: u32,
    pub host_psn: u32,
    pub nic_psn: u32,
}

/// The settings as the core takes them, every field checked.
pub struct Settings {
    pub mac: u64,
    pub ip: u32,
    pub qpn_base: u32,
    pub mtu_shift: u64,
    pub qps: Vec<QpSetup>,
}

pub fn mac(text: &str, what: &str) -> Result<u64, String> {
    let parts: Vec<&str> = text.split(':').collect();
    let bytes: Option<Vec<u8>> = parts.iter().map(|p| u8::from_str_radix(p, 16).ok().filter(|_| p.len() == 2)).collect();
    match bytes {
        Some(b) if b.len() == 6 => Ok(b.iter().fold(0, |a, x| a << 8 | *x as u64)),
        _ => Err(format!("{what}: `{text}` is not a MAC address (like 02:4e:49:43:00:01)")),
    }
}

pub fn ipv4(text: &str, what: &str) -> Result<u32, String> {
    text.parse::<std::net::Ipv4Addr>().map(u32::from).map_err(|_| format!("{what}: `{text}` is not an IPv4 address"))
}

impl ReplayConfig {
    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Checks every field against what the core can do.
    pub fn settings(&self, qps: usize, connectors: usize) -> Result<Settings, String> {
        let mtu_shift = match self.nic.mtu {
            256 => 0,
            512 => 1,
            1024 => 2,
            2048 => 3,
            4096 => 4,
            other => return Err(format!("nic.mtu: {other} is not an RoCE path MTU (256, 512, 1024, 2048, 4096)")),
        };
        if !(2..=0xFF_FFFF - qps as u32).contains(&self.nic.qpn_base) {
            return Err(format!("nic.qpn_base: {:#x} is not a QPN base (2 or above: QPNs 0 and 1 are InfiniBand's management QPs)", self.nic.qpn_base));
        }
        let mut setups = Vec::new();
        for (i, q) in self.qp.iter().enumerate() {
            let what = |field: &str| format!("qp[{i}].{field}");
            if q.qp as usize >= qps {
                return Err(format!("{}: {} is beyond the core's {qps} QPs", what("qp"), q.qp));
            }
            if setups.iter().any(|s: &QpSetup| s.qp == q.qp) {
                return Err(format!("{}: QP {} is set up twice", what("qp"), q.qp));
            }
            if q.connector >= connectors {
                return Err(format!("{}: {} is beyond the core's {connectors} connectors", what("connector"), q.connector));
            }
            let controller = match q.controller.to_ascii_lowercase().as_str() {
                "a" => 0,
                "b" => 1,
                _ => return Err(format!("{}: `{}` is neither \"a\" nor \"b\"", what("controller"), q.controller)),
            };
            for (field, value) in [("peer_qpn", q.peer_qpn), ("host_psn", q.host_psn), ("nic_psn", q.nic_psn)] {
                if value > 0xFF_FFFF {
                    return Err(format!("{}: {value:#x} does not fit 24 bits", what(field)));
                }
            }
            setups.push(QpSetup {
                qp: q.qp,
                connector: q.connector,
                controller,
                peer_mac: mac(&q.peer_mac, &what("peer_mac"))?,
                peer_ip: ipv4(&q.peer_ip, &what("peer_ip"))?,
                peer_qpn: q.peer_qpn,
                host_psn: q.host_psn,
                nic_psn: q.nic_psn,
            });
        }
        Ok(Settings { mac: mac(&self.nic.mac, "nic.mac")?, ip: ipv4(&self.nic.ip, "nic.ip")?, qpn_base: self.nic.qpn_base, mtu_shift, qps: setups })
    }
}

/// What a replay produced.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ReplayReport {
    pub frames_in: usize,
    pub frames_out: usize,
    /// Frames the core counted, accepted or dropped by cause, plus the MAC's giants: equal to
    /// `frames_in` unless a frame was lost without a count.
    pub frames_accounted: u64,
    /// Frames longer than `MAX_FRAME_BYTES`, dropped by the MAC in front of the core.
    pub frames_dropped_oversize: u64,
    pub cycles: u64,
    /// Cycles of the capture's idle gaps not simulated: with nothing in flight for
    /// `settle_cycles`, the clock jumps to the next frame's time.
    pub idle_cycles_skipped: u64,
    /// False when the NIC was still busy `MAX_BUSY_CYCLES` after the last frame went in (the
    /// replay stopped there).
    pub settled: bool,
    /// Commands the controllers still held at the end: e.g. writes waiting for READ data that
    /// the capture's host sent for the original run's READs, not this one's.
    pub commands_held_by_controllers: usize,
    /// Every counter of the core, by block and cause.
    pub counters: BTreeMap<String, u64>,
    /// The NIC's frames: nanoseconds since the first input frame (capture time: skipped gaps
    /// included), bytes.
    #[serde(skip)]
    pub out: Vec<(u64, Vec<u8>)>,
}

/// Feeds `frames` (nanoseconds, bytes) into the core set up by `settings`, each no earlier than
/// its time in the capture, with controllers A and B serving what reaches them; runs on until,
/// every frame in, `settle_cycles` pass without a frame on the wire or a message (heartbeats
/// aside) on a controller link. `progress(frames fed, frames)` follows the run.
pub fn replay(settings: &Settings, frames: &[(u64, Vec<u8>)], settle_cycles: u64, seed: u64, progress: &mut dyn FnMut(usize, usize)) -> ReplayReport {
    let mut rng = crate::stimulus::rng(seed);
    let always = Pressure { valid_pct: 100, ready_pct: 100 };
    let mut nic = NicCoreRtl::new(seed, 1000, CLOCKS_PER_TICK, always);
    nic.host_endpoints = false;
    nic.set_local(settings.mac, settings.ip, settings.qpn_base, settings.mtu_shift);
    for setup in &settings.qps {
        nic.configure_qp(setup);
    }
    let start = nic.cycle;
    let mut controllers = [Controller::new("A", 0, 2, 2..8), Controller::new("B", 1, 2, 2..8)];
    let mut namespace = Namespace::new(NAMESPACE_BLOCKS);
    let mut next = 0;
    let mut oversize = 0;
    let mut last_activity = nic.cycle;
    let mut inputs_done_at = None;
    // Each jump of the clock: (the cycle it happened at, cycles skipped up to then).
    let mut jumps: Vec<(u64, u64)> = vec![(start, 0)];
    let mut tick = 0;
    let settled = loop {
        let skipped = jumps.last().expect("the first entry").1;
        let mut now_ns = (nic.cycle - start + skipped) * NS_PER_CYCLE;
        let quiet = nic.input_idle() && nic.cycle - last_activity >= settle_cycles;
        if let Some((at, _)) = frames.get(next).filter(|(at, _)| quiet && *at > now_ns) {
            let gap = (at - now_ns).div_ceil(NS_PER_CYCLE);
            jumps.push((nic.cycle, skipped + gap));
            now_ns += gap * NS_PER_CYCLE;
        }
        while next < frames.len() && frames[next].0 <= now_ns {
            // One queue for all: the capture's order is kept across QPs.
            let frame = &frames[next].1;
            if frame.len() > MAX_FRAME_BYTES {
                oversize += 1;
            } else {
                nic.inject(0, frame.clone());
            }
            next += 1;
            progress(next, frames.len());
        }
        let out = nic.tick(tick);
        if !out.links.is_empty() || !nic.input_idle() {
            last_activity = nic.cycle;
        }
        for ((controller, connector), message) in out.links {
            controllers[controller].receive(tick, connector, message, &mut rng);
        }
        for (c, controller) in controllers.iter_mut().enumerate() {
            for (connector, message) in controller.tick(tick, &mut namespace) {
                if message.header.kind != MessageType::Heartbeat {
                    last_activity = nic.cycle;
                }
                nic.from_controller(tick, (c, connector), message);
            }
        }
        tick += 1;
        // Quiet: every frame in, none on the wire and no message but heartbeats for a while.
        last_activity = last_activity.max(nic.wire.last().map_or(0, |f| f.cycle));
        if next == frames.len() {
            let done = *inputs_done_at.get_or_insert(nic.cycle);
            if nic.cycle - last_activity >= settle_cycles {
                break true;
            }
            if nic.cycle - done >= MAX_BUSY_CYCLES {
                break false;
            }
        }
    };
    let commands_held_by_controllers = controllers.iter().map(Controller::busy).sum();
    let capture_ns = |cycle: u64| {
        let skipped = jumps.iter().rev().find(|(at, _)| *at <= cycle).map_or(0, |j| j.1);
        (cycle - start + skipped) * NS_PER_CYCLE
    };
    let out: Vec<(u64, Vec<u8>)> = nic.wire.iter().filter(|f| !f.to_nic).map(|f| (capture_ns(f.cycle), f.bytes.clone())).collect();
    let mut counters = BTreeMap::new();
    for cause in DropCause::ALL {
        counters.insert(format!("rx_dropped_{}", cause.name()), nic.rx_counter(cause.code() as u64));
    }
    counters.insert("rx_accepted".into(), nic.rx_counter(0));
    for (name, value) in nic.transport_counters() {
        counters.insert(name.into(), value);
    }
    for (name, value) in nic.responder_counters() {
        counters.insert(format!("responder_{name}"), value);
    }
    for (name, value) in nic.requester_counters() {
        counters.insert(format!("requester_{name}"), value);
    }
    let connectors = serde_json::to_value(nic.counters()).expect("plain counters");
    for (name, value) in connectors.as_object().expect("a struct") {
        counters.insert(format!("connector_{name}"), value.as_u64().unwrap_or(0));
    }
    let counted_by_core: u64 = DropCause::ALL.iter().map(|c| counters[&format!("rx_dropped_{}", c.name())]).sum::<u64>() + counters["rx_accepted"];
    ReplayReport {
        frames_in: frames.len(),
        frames_out: out.len(),
        frames_accounted: counted_by_core + oversize,
        frames_dropped_oversize: oversize,
        cycles: nic.cycle - start,
        idle_cycles_skipped: jumps.last().expect("the first entry").1,
        settled,
        commands_held_by_controllers,
        counters,
        out,
    }
}
