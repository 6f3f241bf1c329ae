//! The failover scenarios of issue 6 as fabric configurations, and the checks every run must
//! pass, shared by the connector model's tests and the connector RTL's.

use super::fabric::{Event, Fabric, FabricConfig, Nic};
use crate::stimulus::{rng, seeds, soak};
use nic_hdl::link::message::{Message, MessageType, WqeDescriptor, WqeOp};
use nic_hdl::nvme::capsule::{self, Cqe, Sgl, Sqe, Status};
use rand::Rng;

/// 100 seeds, 1000 with `NIC_SOAK=1`, or the one in `NIC_SEED`.
pub fn failover_seeds() -> Vec<u64> {
    let count = if soak() { 1000 } else { 100 };
    seeds(&(1..=count).collect::<Vec<u64>>())
}

/// QPs 3 and 6 on B, the rest (admin and six I/O queues) on A. Even seeds: a host that picks
/// any free CID; odd seeds: Linux's CIDs.
pub fn base(seed: u64, commands: u64) -> FabricConfig {
    FabricConfig { seed, commands, bound_to_b: vec![3, 6], free_cids: seed % 2 == 0, ..Default::default() }
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

/// A 512-byte Read capsule with CID `cid` (keyed SGL): for directed tests of bad input.
pub fn read_capsule(cid: u16) -> Vec<u8> {
    let sgl = Sgl::Keyed { address: 0x1000, length: 512, key: 9, invalidate: false };
    Sqe { opcode: capsule::OPCODE_READ, cid, nsid: 1, sgl, slba: 0, nlb_minus_one: 0, fctype: 0, qid: 0 }.encode().to_vec()
}

/// A controller's WQE sending the successful CQE of `cid` on `qp`.
pub fn cqe_wqe(qp: u16, cid: u16) -> Message {
    let mut payload = WqeDescriptor { op: WqeOp::Send, length: 16, va: 0, rkey: 0, invalidate_rkey: 0 }.encode().to_vec();
    payload.extend_from_slice(&Cqe { dw0: 0, sq_head: 1, sq_id: 1, cid, status: Status::SUCCESS, dnr: false }.encode());
    Message::new(MessageType::Wqe, qp, cid, payload)
}
