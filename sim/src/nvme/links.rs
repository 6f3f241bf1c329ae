//! The controller side of a verilated top with two connectors (`connector_pair`, `nic_core`):
//! both connectors' links to controllers A and B as beats, with random gaps and back-pressure, and
//! the failover ports and counters. A link that goes down loses what was on it, both ways, as the
//! fabric's link does.

use super::connector::{ConnectorCounters, Link};
use crate::stimulus::TestRng;
use crate::verilated::{ConnectorPair, NicCore, NicDevice};
use nic_hdl::link::message::{Header, Message, MessageType, FLAG_REPLAY, HEADER_BYTES};
use rand::Rng;
use std::collections::{BTreeMap, VecDeque};

/// Percentages of cycles a source offers a beat and a sink takes one.
#[derive(Clone, Copy, Debug)]
pub struct Pressure {
    pub valid_pct: u32,
    pub ready_pct: u32,
}

/// The controller-link streams every top with two connectors has (`c0_` / `c1_`), by connector
/// and controller, and the link-up pins.
pub trait LinkStreams {
    fn set_link_in(&mut self, k: usize, c: usize, valid: bool, tdata: u64, tlast: bool);
    fn link_in_ready(&self, k: usize, c: usize) -> bool;
    fn set_link_out_ready(&mut self, k: usize, ready: u64);
    /// (valid per controller, tdata, tlast).
    fn link_out(&self, k: usize) -> (u64, u64, bool);
    fn set_links_up(&mut self, bits: u64);
}

/// The failover ports and counters of a top without a register bridge (`connector_pair`,
/// `nic_core`); `nic_device` has them as registers.
pub trait LinkPorts: LinkStreams {
    fn set_failback(&mut self, request: bool);
    fn fence_bits(&self) -> u64;
    fn available_bits(&self) -> u64;
    fn counters(&self) -> ConnectorCounters;
}

macro_rules! link_streams {
    ($top:ty) => {
        impl LinkStreams for $top {
            fn set_link_in(&mut self, k: usize, c: usize, valid: bool, tdata: u64, tlast: bool) {
                let (valid, tlast) = (valid as u64, tlast as u64);
                match (k, c) {
                    (0, 0) => (self.set_c0_links_from_a_tvalid(valid), self.set_c0_links_from_a_tdata(tdata), self.set_c0_links_from_a_tlast(tlast)),
                    (0, _) => (self.set_c0_links_from_b_tvalid(valid), self.set_c0_links_from_b_tdata(tdata), self.set_c0_links_from_b_tlast(tlast)),
                    (_, 0) => (self.set_c1_links_from_a_tvalid(valid), self.set_c1_links_from_a_tdata(tdata), self.set_c1_links_from_a_tlast(tlast)),
                    _ => (self.set_c1_links_from_b_tvalid(valid), self.set_c1_links_from_b_tdata(tdata), self.set_c1_links_from_b_tlast(tlast)),
                };
            }

            fn link_in_ready(&self, k: usize, c: usize) -> bool {
                (match (k, c) {
                    (0, 0) => self.c0_links_from_a_tready(),
                    (0, _) => self.c0_links_from_b_tready(),
                    (_, 0) => self.c1_links_from_a_tready(),
                    _ => self.c1_links_from_b_tready(),
                }) != 0
            }

            fn set_link_out_ready(&mut self, k: usize, ready: u64) {
                if k == 0 {
                    self.set_c0_links_to_controller_tready(ready)
                } else {
                    self.set_c1_links_to_controller_tready(ready)
                }
            }

            fn link_out(&self, k: usize) -> (u64, u64, bool) {
                if k == 0 {
                    (self.c0_links_to_controller_tvalid(), self.c0_links_to_controller_tdata(), self.c0_links_to_controller_tlast() != 0)
                } else {
                    (self.c1_links_to_controller_tvalid(), self.c1_links_to_controller_tdata(), self.c1_links_to_controller_tlast() != 0)
                }
            }

            fn set_links_up(&mut self, bits: u64) {
                self.set_link_up(bits)
            }
        }
    };
}

macro_rules! link_ports {
    ($top:ty) => {
        link_streams!($top);

        impl LinkPorts for $top {
            fn set_failback(&mut self, request: bool) {
                self.set_failback_request(request as u64)
            }

            fn fence_bits(&self) -> u64 {
                self.fence_backend()
            }

            fn available_bits(&self) -> u64 {
                self.available()
            }

            fn counters(&self) -> ConnectorCounters {
                let d = self;
                ConnectorCounters {
                    commands_forwarded: d.c0_counters_commands_forwarded() + d.c1_counters_commands_forwarded(),
                    completions_delivered: d.c0_counters_completions_delivered() + d.c1_counters_completions_delivered(),
                    unknown_qp: d.packets_unknown_qp() + d.c0_counters_unknown_qp() + d.c1_counters_unknown_qp(),
                    malformed_capsule: d.c0_counters_malformed_capsule() + d.c1_counters_malformed_capsule(),
                    capsule_too_long: d.c0_counters_capsule_too_long() + d.c1_counters_capsule_too_long(),
                    slots_full: d.c0_counters_slots_full() + d.c1_counters_slots_full(),
                    wqe_unknown_qp: d.c0_counters_wqe_unknown_qp() + d.c1_counters_wqe_unknown_qp(),
                    wqe_malformed: d.c0_counters_wqe_malformed() + d.c1_counters_wqe_malformed(),
                    cqe_unknown_cid: d.c0_counters_cqe_unknown_cid() + d.c1_counters_cqe_unknown_cid(),
                    read_data_unknown: d.c0_counters_read_data_unknown() + d.c1_counters_read_data_unknown(),
                    wrong_link: d.c0_counters_wrong_link() + d.c1_counters_wrong_link(),
                    failovers: d.failovers(),
                    commands_replayed: d.c0_counters_commands_replayed() + d.c1_counters_commands_replayed(),
                    late_discarded: d.c0_counters_late_discarded() + d.c1_counters_late_discarded(),
                    takeovers_acked: d.c0_counters_takeovers_acked() + d.c1_counters_takeovers_acked(),
                    path_errors_sent: d.c0_counters_path_errors_sent() + d.c1_counters_path_errors_sent(),
                    writes_truncated: d.c0_counters_writes_truncated() + d.c1_counters_writes_truncated(),
                    failbacks: d.failbacks(),
                    last_failover_cycles: d.last_failover_cycles(),
                }
            }
        }
    };
}

link_ports!(ConnectorPair);
link_ports!(NicCore);
link_streams!(NicDevice);

/// Both connectors' controller links, beat by beat.
#[derive(Default)]
pub struct ControllerLinks {
    /// Controller → NIC beats per [connector][controller].
    link_in: [[VecDeque<(u64, bool)>; 2]; 2],
    /// NIC → controller beats of a message not yet complete, per [connector][controller].
    link_out: [[Vec<u64>; 2]; 2],
    link_up: [bool; 2],
    offered: [[bool; 2]; 2],
    ready: [[bool; 2]; 2],
    /// Cycle of the last link-down, and of the first `TAKEOVER` and the first replayed `CMD` sent
    /// after it.
    pub link_down_at: Option<u64>,
    pub first_takeover_at: Option<u64>,
    pub first_replay_at: Option<u64>,
    /// Cycle of the first work request toward a host for each QP after the last link-down.
    pub first_work_at: BTreeMap<u16, u64>,
    /// Cycle of the last beat each controller offered on any link.
    pub last_beat_from: [u64; 2],
}

impl ControllerLinks {
    pub fn new(dut: &mut impl LinkStreams) -> Self {
        dut.set_links_up(0b11);
        Self { link_up: [true; 2], ..Default::default() }
    }

    pub fn send(&mut self, (controller, connector): Link, message: &Message) {
        let (beats, _) = message.beats();
        let count = beats.len();
        self.link_in[connector][controller].extend(beats.into_iter().enumerate().map(|(i, b)| (b, i + 1 == count)));
    }

    pub fn set_up(&mut self, dut: &mut impl LinkStreams, cycle: u64, controller: usize, up: bool) {
        self.link_up[controller] = up;
        if !up {
            self.link_down_at = Some(cycle);
            self.first_takeover_at = None;
            self.first_replay_at = None;
            self.first_work_at.clear();
            for k in 0..2 {
                self.link_in[k][controller].clear();
                self.link_out[k][controller].clear();
            }
        }
        dut.set_links_up(self.link_up[0] as u64 | (self.link_up[1] as u64) << 1);
    }

    /// Before `eval`: offer beats and readiness.
    pub fn drive(&mut self, dut: &mut impl LinkStreams, cycle: u64, rng: &mut TestRng, pressure: Pressure) {
        for k in 0..2 {
            for c in 0..2 {
                let offer = !self.link_in[k][c].is_empty() && rng.gen_range(0..100) < pressure.valid_pct;
                self.offered[k][c] = offer;
                if offer {
                    self.last_beat_from[c] = cycle;
                }
                let (tdata, tlast) = self.link_in[k][c].front().copied().unwrap_or((0, false));
                dut.set_link_in(k, c, offer, tdata, tlast);
            }
            for c in 0..2 {
                self.ready[k][c] = rng.gen_range(0..100) < pressure.ready_pct;
            }
            dut.set_link_out_ready(k, self.ready[k][0] as u64 | (self.ready[k][1] as u64) << 1);
        }
    }

    /// After `eval`, before the clock edge: what moved. Complete messages to controllers land in
    /// `out`; what no controller could decode, in `errors`.
    pub fn sample(&mut self, dut: &impl LinkStreams, cycle: u64, out: &mut Vec<(Link, Message)>, errors: &mut Vec<String>) {
        for k in 0..2 {
            for c in 0..2 {
                if self.offered[k][c] && dut.link_in_ready(k, c) {
                    self.link_in[k][c].pop_front();
                }
            }
            let (valid, tdata, tlast) = dut.link_out(k);
            for c in 0..2 {
                // A link that is down takes every beat (the connector sends into the void).
                if valid >> c & 1 == 0 || !(self.ready[k][c] || !self.link_up[c]) {
                    continue;
                }
                if !self.link_up[c] {
                    // Lost. A link that comes back starts with a new message: the rest of one cut
                    // by the link going down must not follow (it would not decode).
                    continue;
                }
                self.link_out[k][c].push(tdata);
                if tlast {
                    let words = std::mem::take(&mut self.link_out[k][c]);
                    match message_from_words(&words) {
                        Some(message) => {
                            let after_down = self.link_down_at.is_some();
                            if after_down && message.header.kind == MessageType::Takeover {
                                self.first_takeover_at.get_or_insert(cycle);
                            }
                            if after_down && message.header.kind == MessageType::Command && message.header.flags & FLAG_REPLAY != 0 {
                                self.first_replay_at.get_or_insert(cycle);
                            }
                            out.push(((c, k), message))
                        }
                        None => errors.push(format!("cycle {cycle}: connector {k} sent controller {c} a malformed message {words:x?}")),
                    }
                }
            }
        }
    }

    /// A work request for `qp` left the NIC at `cycle`.
    pub fn work_request(&mut self, cycle: u64, qp: u16) {
        if self.link_down_at.is_some() {
            self.first_work_at.entry(qp).or_insert(cycle);
        }
    }

    pub fn idle(&self) -> bool {
        self.link_in.iter().flatten().all(VecDeque::is_empty)
    }

    pub fn debug_state(&self) -> String {
        format!("link_in {:?}", self.link_in.iter().map(|l| l.iter().map(VecDeque::len).collect::<Vec<_>>()).collect::<Vec<_>>())
    }
}

fn message_from_words(words: &[u64]) -> Option<Message> {
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let header = Header::decode(&bytes)?;
    let end = HEADER_BYTES + header.payload_bytes as usize;
    (bytes.len() >= end && bytes.len() - end < 8).then_some(())?;
    Message::from_bytes(&bytes[..end])
}

/// The controller side of a verilated NIC's `Nic` impl — messages onto the links, link changes,
/// ticks of `clocks_per_tick` cycles, failback and fence state, the connectors' counters — the
/// same for every top built on the connector pair. Expects the fields `dut`, `links`, `cycle`,
/// `clocks_per_tick`, `out`, `failback_pending` and a `run(cycles)` method.
macro_rules! controller_side {
    () => {
        fn from_controller(&mut self, _now: u64, link: $crate::nvme::connector::Link, message: nic_hdl::link::message::Message) -> $crate::nvme::connector::Outputs {
            self.links.send(link, &message);
            Default::default()
        }

        fn link_changed(&mut self, _now: u64, controller: usize, up: bool) -> $crate::nvme::connector::Outputs {
            self.links.set_up(&mut self.dut, self.cycle, controller, up);
            Default::default()
        }

        fn tick(&mut self, _now: u64) -> $crate::nvme::connector::Outputs {
            self.run(self.clocks_per_tick);
            std::mem::take(&mut self.out)
        }

        fn failback(&mut self, _now: u64) -> (bool, $crate::nvme::connector::Outputs) {
            self.failback_pending = true;
            (self.dut.available_bits() == 0b11, Default::default())
        }

        fn fenced(&self, controller: usize) -> bool {
            self.dut.fence_bits() >> controller & 1 == 1
        }

        fn fence_backend(&self) -> [bool; 2] {
            [self.fenced(0), self.fenced(1)]
        }

        fn counters(&self) -> $crate::nvme::connector::ConnectorCounters {
            $crate::nvme::links::LinkPorts::counters(&self.dut)
        }
    };
}
pub(crate) use controller_side;
