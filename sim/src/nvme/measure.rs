//! Measurements of the connector RTL for `nicctl bench connector` and `nicctl bench failover`:
//! the verilated connector pair — or the whole NIC core between RoCE hosts — in the fabric at one
//! clock cycle a tick, controllers that answer in 1–2 cycles and 1-cycle wires, no back-pressure
//! — so the numbers are the NIC's own, plus the few cycles the models need.

use super::fabric::{Event, Fabric, FabricConfig, Nic};
use super::nic_core_rtl::NicCoreRtl;
use super::connector_pair_rtl::{ConnectorPairRtl, Pressure};
use super::scenarios::run_clean;
use serde::Serialize;

const MAX_TICKS: u64 = 50_000_000;
const FULL_RATE: Pressure = Pressure { valid_pct: 100, ready_pct: 100 };

fn fast(config: FabricConfig) -> FabricConfig {
    FabricConfig { service_ticks: [1..3, 1..3], wire_ticks: [1..2, 1..2], ..config }
}

fn fabric(config: FabricConfig, heartbeat_timeout_cycles: u64) -> Fabric<ConnectorPairRtl> {
    let nic = ConnectorPairRtl::new(config.seed, heartbeat_timeout_cycles, 1, FULL_RATE);
    Fabric::with_nic(config, nic)
}

/// What is measured: the connector pair with its host side as work requests and SEND packets,
/// or the NIC core with its host side as RoCEv2 frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Under {
    ConnectorPair,
    NicCore,
}

/// A verilated NIC as the measurements read it.
trait Measured: Nic {
    fn cycles(&self) -> u64;
    /// 64-bit beats toward the hosts.
    fn host_beats(&self) -> u64;
}

impl Measured for ConnectorPairRtl {
    fn cycles(&self) -> u64 {
        self.cycle
    }
    fn host_beats(&self) -> u64 {
        self.payload_words
    }
}

impl Measured for NicCoreRtl {
    fn cycles(&self) -> u64 {
        self.cycle
    }
    fn host_beats(&self) -> u64 {
        self.tx_beats
    }
}

/// What a finished run leaves to measure.
struct Finished {
    cycles: u64,
    host_beats: u64,
    completed: u64,
    /// Every completion's latency in cycles, in completion order.
    latencies: Vec<u64>,
}

fn finish<N: Measured>(f: Fabric<N>) -> Finished {
    let latencies = f.host.completions.iter().map(|(_, l)| *l).collect();
    Finished { cycles: f.nic.cycles(), host_beats: f.nic.host_beats(), completed: f.host.counters.completed, latencies }
}

/// Runs `config` to the end on the NIC `under` test.
fn run_under(under: Under, config: FabricConfig) -> Finished {
    match under {
        Under::ConnectorPair => finish(run_clean(fabric(config, 0), &[], MAX_TICKS)),
        Under::NicCore => {
            let mut nic = NicCoreRtl::new(config.seed, 0, 1, FULL_RATE);
            nic.record = false;
            finish(run_clean(Fabric::with_nic(config, nic), &[], MAX_TICKS))
        }
    }
}

/// The `p` quantile (0–1) of sorted values, nearest rank; 0 for none.
pub fn percentile(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[derive(Clone, Debug, Serialize)]
pub struct CommandRate {
    pub under: Under,
    pub queue_depth_total: usize,
    pub qps: u16,
    pub depth_per_qp: usize,
    pub commands: u64,
    pub io_bytes: String,
    pub cycles: u64,
    pub commands_per_1000_cycles: f64,
    pub p50_cycles: u64,
    pub p99_cycles: u64,
    /// Beats toward the hosts per command (what `HostTransmit` counts: work-request payload for
    /// the connector pair, whole frames for the NIC core).
    pub host_beats_per_command: f64,
    /// The rate if those beats kept the transmit side busy every cycle (the pair has two
    /// work-request ports, the core one host line): no design of the core's internals beats it.
    pub transmit_bound_commands_per_1000_cycles: f64,
}

/// Beats toward the hosts each cycle at most: the connector pair's two work-request ports, the
/// NIC core's one 64-bit host line.
fn host_beats_per_cycle_at_most(under: Under) -> f64 {
    match under {
        Under::ConnectorPair => 2.0,
        Under::NicCore => 1.0,
    }
}

/// Commands of 512 B (reads and writes: 64 data beats each, so the rate shows the per-command
/// work) at a total queue depth of `qps` × `depth`.
pub fn command_rate(under: Under, qps: u16, depth: usize, commands: u64) -> Result<CommandRate, String> {
    let config = fast(FabricConfig { seed: 1, io_queues: qps, depth, commands, max_bytes: 512, in_capsule_max: 512, ..Default::default() });
    let f = run_under(under, config);
    // Latency of I/O commands only: the Connects come first, one per queue.
    let mut latencies: Vec<u64> = f.latencies.into_iter().skip(qps as usize + 1).collect();
    latencies.sort_unstable();
    let cycles = f.cycles;
    let host_beats_per_command = f.host_beats as f64 / f.completed.max(1) as f64;
    Ok(CommandRate {
        under,
        queue_depth_total: qps as usize * depth,
        qps,
        depth_per_qp: depth,
        commands,
        io_bytes: "512".into(),
        cycles,
        commands_per_1000_cycles: f.completed as f64 * 1000.0 / cycles as f64,
        p50_cycles: percentile(&latencies, 0.5),
        p99_cycles: percentile(&latencies, 0.99),
        host_beats_per_command,
        transmit_bound_commands_per_1000_cycles: host_beats_per_cycle_at_most(under) * 1000.0 / host_beats_per_command,
    })
}

#[derive(Clone, Debug, Serialize)]
pub struct HostTransmit {
    pub under: Under,
    pub read_percent: u32,
    pub io_bytes: String,
    pub cycles: u64,
    /// 64-bit beats toward the hosts: for the connector pair, work-request payload of both
    /// connectors together (at most 2 a cycle: each passes one); for the NIC core, whole frames
    /// on its one host transmit stream (at most 1 a cycle).
    pub host_beats: u64,
    pub beats_per_cycle: f64,
}

/// The host transmit load of reads of 16–64 KiB (95 % reads), 8 QPs × depth 8.
pub fn read_heavy_transmit(under: Under, commands: u64) -> Result<HostTransmit, String> {
    let config = fast(FabricConfig { seed: 2, commands, read_percent: 95, max_bytes: 64 << 10, ..Default::default() });
    let f = run_under(under, config);
    Ok(HostTransmit {
        under,
        read_percent: 95,
        io_bytes: "512-65536".into(),
        cycles: f.cycles,
        host_beats: f.host_beats,
        beats_per_cycle: f.host_beats as f64 / f.cycles as f64,
    })
}

#[derive(Clone, Debug, Serialize)]
pub struct LatencyWindow {
    pub completions: usize,
    pub p50_cycles: u64,
    pub p99_cycles: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Failover {
    pub seed: u64,
    pub queue_depth_per_qp: usize,
    /// The QPs B served before the pull (none: B stood by).
    pub qps_served_by_b: Vec<u16>,
    pub detection_to_first_takeover_cycles: u64,
    pub detection_to_first_replay_cycles: u64,
    /// Detection to the first work request caused by B (its first packet toward a host), for
    /// any QP (B also serves QPs of its own): the hardware's `last_failover_cycles`.
    pub detection_to_first_b_work_request_cycles: u64,
    /// Detection to the first work request toward a host for a QP that was A's: the end of the
    /// gap a host of a moved QP sees (B's answer to a replay, or to a new command, queued on B's
    /// link behind what B had already sent).
    pub detection_to_first_moved_qp_work_request_cycles: u64,
    pub commands_replayed: u64,
    pub before: LatencyWindow,
    pub during: LatencyWindow,
    pub after: LatencyWindow,
}

fn window(f: &Fabric<ConnectorPairRtl>, range: std::ops::Range<u64>) -> LatencyWindow {
    let mut l: Vec<u64> = f.host.completions.iter().filter(|(t, _)| range.contains(t)).map(|(_, l)| *l).collect();
    l.sort_unstable();
    LatencyWindow { completions: l.len(), p50_cycles: percentile(&l, 0.5), p99_cycles: percentile(&l, 0.99) }
}

/// Active/active: B serves QPs 3 and 6 from the start; the others are A's until it fails.
pub const ACTIVE_ACTIVE: [u16; 2] = [3, 6];
/// Active/standby: every QP is A's; B carries nothing until A fails.
pub const ACTIVE_STANDBY: [u16; 0] = [];

/// A's link pulled under load (8 QPs × `depth`, 512 B–8 KiB, B serving `bound_to_b`); "during"
/// is the 4 000 cycles after the pull.
pub fn failover(seed: u64, depth: usize, bound_to_b: &[u16]) -> Result<Failover, String> {
    let at = 20_000 + seed * 1_000;
    let config = fast(FabricConfig { seed, depth, commands: 3000, max_bytes: 8 << 10, bound_to_b: bound_to_b.to_vec(), events: vec![(at, Event::LinkDown(0))], ..Default::default() });
    let f = run_clean(fabric(config, 0), &[], MAX_TICKS);
    let n = f.nic.counters();
    let down = f.nic.links.link_down_at.ok_or("the link never went down")?;
    let since = |t: Option<u64>| t.map(|t| t - down).ok_or("no takeover after the failure");
    let moved = f.nic.links.first_work_at.iter().filter(|(qp, _)| !bound_to_b.contains(qp)).map(|(_, t)| *t).min();
    Ok(Failover {
        seed,
        queue_depth_per_qp: depth,
        qps_served_by_b: bound_to_b.to_vec(),
        detection_to_first_takeover_cycles: since(f.nic.links.first_takeover_at)?,
        detection_to_first_replay_cycles: since(f.nic.links.first_replay_at)?,
        detection_to_first_b_work_request_cycles: n.last_failover_cycles,
        detection_to_first_moved_qp_work_request_cycles: since(moved)?,
        commands_replayed: n.commands_replayed,
        before: window(&f, 0..at),
        during: window(&f, at..at + 4_000),
        after: window(&f, at + 4_000..u64::MAX),
    })
}

#[derive(Clone, Debug, Serialize)]
pub struct Detection {
    pub heartbeat_timeout_cycles: u64,
    /// Cycles from the last beat A offered (its queued messages drain first) to its fence.
    pub detection_cycles: u64,
}

/// A goes silent (link up): cycles until the supervisor fences it, for a heartbeat timeout.
pub fn heartbeat_detection(timeout_cycles: u64) -> Result<Detection, String> {
    let silent_at = 5_000;
    let config = fast(FabricConfig { seed: 3, commands: 400, max_bytes: 4096, events: vec![(silent_at, Event::Silent(0))], ..Default::default() });
    let mut f = fabric(config, timeout_cycles);
    while !f.nic.fence_backend()[0] {
        if f.now > silent_at + 100 * timeout_cycles + 10_000 {
            return Err(format!("A was never fenced with a timeout of {timeout_cycles} cycles"));
        }
        f.step();
    }
    Ok(Detection { heartbeat_timeout_cycles: timeout_cycles, detection_cycles: f.nic.cycle - f.nic.links.last_beat_from[0] })
}
