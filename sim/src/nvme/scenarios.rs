//! The failover scenarios of issue 6 as fabric configurations, and the checks every run must
//! pass, shared by the connector model's tests and the connector RTL's.

use super::fabric::{Event, Fabric, FabricConfig, Nic};
use crate::stimulus::{rng, seeds, soak};
use nic_hdl::nvme::capsule::Status;
use rand::Rng;

/// 100 seeds, 1000 with `NIC_SOAK=1`, or the one in `NIC_SEED`.
pub fn failover_seeds() -> Vec<u64> {
    let count = if soak() { 1000 } else { 100 };
    seeds(&(1..=count).collect::<Vec<u64>>())
}

/// QPs 3 and 6 on B, the rest (admin and six I/O queues) on A.
pub fn base(seed: u64, commands: u64) -> FabricConfig {
    FabricConfig { seed, commands, bound_to_b: vec![3, 6], ..Default::default() }
}

/// A's link pulled at a random tick in `window`, under load.
pub fn link_pull(config: FabricConfig, window: std::ops::Range<u64>) -> FabricConfig {
    let at = rng(config.seed).gen_range(window);
    FabricConfig { events: vec![(at, Event::LinkDown(0))], ..config }
}

/// A hangs (sends nothing, heartbeats included) with its link up.
pub fn heartbeat_loss(config: FabricConfig, window: std::ops::Range<u64>) -> FabricConfig {
    let at = rng(config.seed).gen_range(window);
    FabricConfig { events: vec![(at, Event::Silent(0))], ..config }
}

/// A's link drops, comes back (A is fenced, then readmitted), and the operator fails back.
pub fn return_and_failback(config: FabricConfig, window: std::ops::Range<u64>, gap: std::ops::Range<u64>) -> FabricConfig {
    let mut r = rng(config.seed);
    let down = r.gen_range(window);
    let up = down + r.gen_range(gap.clone());
    let back = up + r.gen_range(gap);
    FabricConfig { events: vec![(down, Event::LinkDown(0)), (up, Event::LinkUp(0)), (back, Event::Failback)], ..config }
}

/// A fails; B fails `later` ticks after (during the TAKEOVER to it: a double failover); B returns
/// `back` ticks after A failed.
pub fn both_down(config: FabricConfig, window: std::ops::Range<u64>, later: u64, back: u64) -> FabricConfig {
    let at = rng(config.seed).gen_range(window);
    FabricConfig { events: vec![(at, Event::LinkDown(0)), (at + later, Event::LinkDown(1)), (at + back, Event::LinkUp(1))], ..config }
}

/// Runs to completion; panics with the seed unless the host saw nothing wrong: no I/O error but
/// those `allowed`, nothing lost, nothing completed twice or unasked, every byte read back right.
pub fn run_clean<N: Nic>(mut fabric: Fabric<N>, allowed: &[Status], max_ticks: u64) -> Fabric<N> {
    let seed = fabric.config.seed;
    fabric.host.allowed_errors = allowed.to_vec();
    let result = fabric.run(max_ticks);
    let h = &fabric.host.counters;
    let label = format!("seed {seed} (replay with NIC_SEED={seed}): host {h:?}\nnic {:?}", fabric.nic.counters());
    if let Err(e) = result {
        panic!("{e}\n{label}");
    }
    assert_eq!((h.io_errors, h.data_mismatches, h.unexpected_completions, h.bad_rdma_access), (0, 0, 0, 0), "{label}");
    assert_eq!(h.issued, h.completed, "nothing lost: {label}");
    fabric
}
