//! The failover scenario of `nicctl demo`: the whole NIC core (Verilator: parser, RC responder
//! and requester, two connectors, builder) between RoCEv2 hosts doing mixed NVMe I/O and
//! controllers A and B (message-level models); A's link pulled under load, B taking over, A
//! returning, fenced, readmitted and failing back. The host link is kept for a pcap, the RDMA-CM
//! exchange first so that Wireshark labels it NVMe.

use nic_sim::nvme::fabric::{Event, Fabric, FabricConfig, Nic};
use nic_sim::nvme::measure::percentile;
use nic_sim::nvme::links::Pressure;
use nic_sim::nvme::nic_core_rtl::NicCoreRtl;
use serde_json::json;

pub const LINK_DOWN_AT: u64 = 15_000;
pub const LINK_UP_AT: u64 = 26_000;
pub const FAILBACK_AT: u64 = 32_000;
/// Ticks after the link pull that count as "during" the failover.
pub const DURING_TICKS: u64 = 2_000;
/// Clock cycles of the RTL per tick of the models.
pub const CLOCKS_PER_TICK: u64 = 16;

pub struct Failover {
    pub summary: serde_json::Value,
    /// (tick, latency) of every completion.
    pub completions: Vec<(u64, u64)>,
    /// The host link: nanoseconds, frame.
    pub host_frames: Vec<(u64, Vec<u8>)>,
}

pub fn run(seed: u64) -> Result<Failover, String> {
    let events = vec![(LINK_DOWN_AT, Event::LinkDown(0)), (LINK_UP_AT, Event::LinkUp(0)), (FAILBACK_AT, Event::Failback)];
    let config = FabricConfig { seed, commands: 3_000, max_bytes: 8 << 10, bound_to_b: vec![3, 6], events, ..Default::default() };
    let nic = NicCoreRtl::new(seed, config.heartbeat_timeout, CLOCKS_PER_TICK, Pressure { valid_pct: 90, ready_pct: 90 });
    let mut fabric = Fabric::with_nic(config, nic);
    fabric.run(5_000_000)?;
    let (h, n) = (&fabric.host.counters, fabric.nic.counters());
    let phase = |from: u64, to: u64| -> Vec<u64> { fabric.host.completions.iter().filter(|(t, _)| (from..to).contains(t)).map(|(_, l)| *l).collect() };
    let window = |from: u64, to: u64| {
        let mut l = phase(from, to);
        l.sort_unstable();
        json!({"completions": l.len(), "p50_latency_cycles": percentile(&l, 0.5) * CLOCKS_PER_TICK, "p99_latency_cycles": percentile(&l, 0.99) * CLOCKS_PER_TICK})
    };
    let summary = json!({
        "level": "NIC core in Verilator between RoCEv2 host endpoints; hosts' NVMe and controllers as message-level models",
        "cycles": fabric.nic.cycle,
        "link_down_at_cycle": LINK_DOWN_AT * CLOCKS_PER_TICK,
        "during_window_cycles": DURING_TICKS * CLOCKS_PER_TICK,
        "seed": seed,
        "commands": h.issued,
        "completed_once": h.completed,
        "io_errors": h.io_errors,
        "data_mismatches": h.data_mismatches,
        "duplicate_or_late_completions": h.unexpected_completions,
        "failovers": n.failovers,
        "commands_replayed": n.commands_replayed,
        "late_messages_discarded": n.late_discarded,
        "failbacks": n.failbacks,
        "detection_to_first_b_work_request_cycles": n.last_failover_cycles,
        "before": window(0, LINK_DOWN_AT),
        "during": window(LINK_DOWN_AT, LINK_DOWN_AT + DURING_TICKS),
        "after": window(LINK_DOWN_AT + DURING_TICKS, u64::MAX),
    });
    if h.io_errors + h.data_mismatches + h.unexpected_completions != 0 || h.issued != h.completed || !fabric.nic.protocol_errors.is_empty() {
        return Err(format!("failover scenario failed: {summary}"));
    }
    // 10 ns a cycle (100 MHz).
    let host_frames = fabric.nic.cm_frames().into_iter().chain(fabric.nic.wire.iter().cloned()).map(|f| (f.cycle * 10, f.bytes)).collect();
    Ok(Failover { summary, completions: fabric.host.completions.clone(), host_frames })
}
