//! The NIC's shared connectors at the message level: the reference model the connector RTL is
//! checked against (issue 5), including transparent failover (issue 6, docs/controller-link.md).
//!
//! Host side: RDMA operations on QPs (the RC transport below them is verified on its own).
//! Controller side: link messages (`nic_hdl::link::message`), one link per (controller,
//! connector). Per QP the QP table holds the owning connector, the bound controller, the NVMe
//! controller ID, the SQ head and tail, and every command capsule not yet completed.
//!
//! Failover, when a controller's link goes down or its heartbeats stop: from that moment every
//! message from it is discarded (counted) and the array's back end is told to fence it; each of
//! its QPs is rebound to the other controller with a `TAKEOVER` (controller ID, SQ head) followed
//! by its outstanding commands replayed; completions stay exactly once because only outstanding
//! commands complete.
//!
//! Command slots: a capsule takes the lowest free slot of its QP, whatever its CID. The
//! controller knows the command by the slot under the host CID's upper bits (the capsule's CID
//! is rewritten on the way out), and the completion goes back to the host with the host's CID. If the other controller is down too, outstanding and new commands complete at
//! once with a path error (SCT 3) for host multipath. A controller that returns gets `FENCE`
//! first and is discarded until its `FENCE_ACK`; it takes QPs back only on `failback`, which
//! drains them (no new commands) and hands them over with nothing outstanding.

use super::controller::SQ_ENTRIES;
use nic_hdl::link::message::{Message, MessageType, Takeover, WqeDescriptor, WqeOp, FLAG_LAST, FLAG_REPLAY, WQE_DESCRIPTOR_BYTES};
use nic_hdl::nvme::capsule::{self, Cqe, Sqe, Status, SQE_BYTES};
use std::collections::{BTreeMap, VecDeque};

/// What the NIC does toward a host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostOp {
    RdmaWrite { qp: u16, va: u64, rkey: u32, data: Vec<u8> },
    Send { qp: u16, data: Vec<u8>, invalidate: Option<u32> },
    /// RDMA READ Request; the host answers with `HostIn::ReadResponse` carrying `read`.
    RdmaRead { qp: u16, va: u64, rkey: u32, length: u32, read: u32 },
}

/// What a host does toward the NIC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostIn {
    /// A SEND: one command capsule (SQE + in-capsule data).
    Send { qp: u16, data: Vec<u8> },
    ReadResponse { qp: u16, read: u32, data: Vec<u8> },
}

impl HostOp {
    pub fn qp(&self) -> u16 {
        match self {
            HostOp::RdmaWrite { qp, .. } | HostOp::Send { qp, .. } | HostOp::RdmaRead { qp, .. } => *qp,
        }
    }
}

impl HostIn {
    pub fn qp(&self) -> u16 {
        match self {
            HostIn::Send { qp, .. } | HostIn::ReadResponse { qp, .. } => *qp,
        }
    }
}

/// Command slots per QP and their size, as in the simulated connector RTL (`nic_hdl::tops`).
pub const DEFAULT_SLOTS: u16 = 1 << nic_hdl::sizes::sim_connectors::SLOT_BITS;
pub const DEFAULT_SLOT_BYTES: usize = 8 << nic_hdl::sizes::sim_connectors::SLOT_WORD_BITS;

/// A controller link endpoint: (controller 0 = A / 1 = B, connector).
pub type Link = (usize, usize);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Binding {
    #[default]
    Bound,
    /// Neither controller can serve it: commands complete with a path error.
    NoPath,
    /// Failing back to `to`: new commands wait until the current controller has completed all.
    Draining { to: usize },
}

#[derive(Clone, Debug, Default)]
pub struct QpEntry {
    pub connector: usize,
    pub controller: usize,
    /// Where the QP was configured; failback takes it there.
    pub home: usize,
    pub binding: Binding,
    pub controller_id: u16,
    /// The SQ head the controller last reported, and the commands forwarded (mod the SQ size).
    pub sq_head: u16,
    pub sq_tail: u16,
    /// Slot → the host's CID and the capsule as the host sent it (what a replay resends).
    pub outstanding: BTreeMap<u16, (u16, Vec<u8>)>,
    /// Commands held while draining, in their slots.
    held: VecDeque<(u16, Vec<u8>)>,
    pub commands: u64,
    pub completions: u64,
}

#[derive(Clone, Debug)]
pub struct ControllerLinkState {
    pub up: bool,
    /// Failed over: everything from it is discarded until it answers `FENCE` with `FENCE_ACK`.
    pub fenced: bool,
    pub fence_sent: bool,
    /// Connectors whose link has answered the `FENCE` (readmission needs all of them).
    pub fence_acked: Vec<bool>,
    pub last_heard: u64,
}

/// Drops by cause and failover events.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ConnectorCounters {
    pub commands_forwarded: u64,
    pub completions_delivered: u64,
    pub unknown_qp: u64,
    pub malformed_capsule: u64,
    /// A capsule longer than a command slot.
    pub capsule_too_long: u64,
    /// A capsule that found every command slot of its QP taken.
    pub slots_full: u64,
    pub wqe_unknown_qp: u64,
    pub wqe_malformed: u64,
    pub cqe_unknown_cid: u64,
    pub read_data_unknown: u64,
    pub wrong_link: u64,
    pub failovers: u64,
    pub commands_replayed: u64,
    /// Messages from a fenced controller, discarded.
    pub late_discarded: u64,
    pub takeovers_acked: u64,
    pub path_errors_sent: u64,
    /// RDMA WRITEs abandoned because their controller was lost mid-message (the RTL closes the
    /// payload at the wrong length, so the requester refuses it and nothing reaches the host).
    pub writes_truncated: u64,
    pub failbacks: u64,
    /// Ticks from detecting the last failure to the first host operation caused by the
    /// controller that took over.
    pub last_failover_cycles: u64,
}

/// What one event causes: link messages and host operations.
#[derive(Default, Debug)]
pub struct Outputs {
    pub links: Vec<(Link, Message)>,
    pub host: Vec<HostOp>,
}

pub struct ConnectorModel {
    pub qps: BTreeMap<u16, QpEntry>,
    /// Command slots per QP (a power of two) and bytes per slot.
    pub slots: u16,
    pub slot_bytes: usize,
    pub controllers: [ControllerLinkState; 2],
    pub connectors: usize,
    /// Ticks without a heartbeat (or any message) after which a controller counts as failed.
    pub heartbeat_timeout: u64,
    /// The back-end fence the NIC asserts per controller (a board output).
    pub fence_backend: [bool; 2],
    /// RDMA READs in flight: read id → (link, WQE tag) to answer with READ_DATA.
    reads: BTreeMap<u32, (Link, u16)>,
    next_read: u32,
    /// The last failover's start and the QPs it moved: the first host operation on one of
    /// them ends the measurement.
    failover_started: Option<(u64, Vec<u16>)>,
    pub counters: ConnectorCounters,
}

impl ConnectorModel {
    pub fn new(connectors: usize, heartbeat_timeout: u64) -> Self {
        let up = ControllerLinkState { up: true, fenced: false, fence_sent: false, fence_acked: vec![false; connectors], last_heard: 0 };
        Self {
            qps: BTreeMap::new(),
            slots: DEFAULT_SLOTS,
            slot_bytes: DEFAULT_SLOT_BYTES,
            controllers: [up.clone(), up],
            connectors,
            heartbeat_timeout,
            fence_backend: [false; 2],
            reads: BTreeMap::new(),
            next_read: 0,
            failover_started: None,
            counters: ConnectorCounters::default(),
        }
    }

    /// Configures a QP (the run-time QP → connector map and its bound controller).
    pub fn add_qp(&mut self, qp: u16, connector: usize, controller: usize) {
        self.qps.insert(qp, QpEntry { connector, controller, home: controller, ..Default::default() });
    }

    fn available(&self, controller: usize) -> bool {
        let c = &self.controllers[controller];
        c.up && !c.fenced
    }

    fn path_error(qp: u16, entry: &QpEntry, cid: u16) -> HostOp {
        let cqe = Cqe { dw0: 0, sq_head: entry.sq_tail, sq_id: 0, cid, status: Status::HOST_PATHING_ERROR, dnr: false };
        HostOp::Send { qp, data: cqe.encode().to_vec(), invalidate: None }
    }

    /// The CID a controller knows the command in `slot` by: the slot under the host CID's upper bits.
    fn controller_cid(host_cid: u16, slot: u16, slots: u16) -> u16 {
        host_cid & !(slots - 1) | slot
    }

    /// The `CMD` of the command in `slot`: the capsule with the controller's CID.
    fn command(qp: u16, slot: u16, slots: u16, host_cid: u16, capsule: &[u8]) -> Message {
        let cid = Self::controller_cid(host_cid, slot, slots);
        let mut capsule = capsule.to_vec();
        capsule[2..4].copy_from_slice(&cid.to_le_bytes());
        Message::new(MessageType::Command, qp, cid, capsule)
    }

    /// The lowest slot of `entry` that holds nothing (outstanding or held).
    fn free_slot(entry: &QpEntry, slots: u16) -> Option<u16> {
        (0..slots).find(|s| !entry.outstanding.contains_key(s) && !entry.held.iter().any(|(h, _)| h == s))
    }

    fn forward(qp: u16, entry: &mut QpEntry, capsule: Vec<u8>, slot: u16, slots: u16, out: &mut Outputs) {
        let cid = u16::from_le_bytes([capsule[2], capsule[3]]);
        out.links.push(((entry.controller, entry.connector), Self::command(qp, slot, slots, cid, &capsule)));
        entry.outstanding.insert(slot, (cid, capsule));
        entry.sq_tail = (entry.sq_tail + 1) % SQ_ENTRIES;
        entry.commands += 1;
    }

    /// Hands `qp` to `to`: TAKEOVER, then every outstanding command replayed.
    fn take_over(qp: u16, entry: &mut QpEntry, to: usize, slots: u16, counters: &mut ConnectorCounters, out: &mut Outputs) {
        entry.controller = to;
        entry.binding = Binding::Bound;
        let takeover = Takeover { controller_id: entry.controller_id, sq_head: entry.sq_tail, outstanding: entry.outstanding.len() as u16 };
        let link = (to, entry.connector);
        out.links.push((link, Message::new(MessageType::Takeover, qp, 0, takeover.encode().to_vec())));
        for (slot, (cid, capsule)) in &entry.outstanding {
            let mut message = Self::command(qp, *slot, slots, *cid, capsule);
            message.header.flags |= FLAG_REPLAY;
            out.links.push((link, message));
            counters.commands_replayed += 1;
        }
    }

    /// A host's SEND or READ response.
    pub fn from_host(&mut self, input: HostIn) -> Outputs {
        let mut out = Outputs::default();
        match input {
            HostIn::Send { qp, data } => {
                let Some(entry) = self.qps.get_mut(&qp) else {
                    self.counters.unknown_qp += 1;
                    return out;
                };
                let Some(sqe) = (data.len() >= SQE_BYTES).then(|| Sqe::decode(&data)).flatten() else {
                    self.counters.malformed_capsule += 1;
                    return out;
                };
                let Some(slot) = Self::free_slot(entry, self.slots) else {
                    self.counters.slots_full += 1;
                    return out;
                };
                if data.len() > self.slot_bytes {
                    self.counters.capsule_too_long += 1;
                    return out;
                }
                match entry.binding {
                    Binding::NoPath => {
                        entry.sq_tail = (entry.sq_tail + 1) % SQ_ENTRIES;
                        self.counters.path_errors_sent += 1;
                        out.host.push(Self::path_error(qp, entry, sqe.cid));
                    }
                    Binding::Draining { .. } => entry.held.push_back((slot, data)),
                    Binding::Bound => {
                        self.counters.commands_forwarded += 1;
                        Self::forward(qp, entry, data, slot, self.slots, &mut out);
                    }
                }
            }
            HostIn::ReadResponse { read, data, .. } => match self.reads.remove(&read) {
                Some((link, tag)) if !self.controllers[link.0].fenced => {
                    // The model sends a READ's data as one piece (the RTL: one per response packet).
                    let mut message = Message::new(MessageType::ReadData, 0, tag, data);
                    message.header.flags |= FLAG_LAST;
                    out.links.push((link, message));
                }
                Some(_) => self.counters.late_discarded += 1,
                None => self.counters.read_data_unknown += 1,
            },
        }
        out
    }

    /// A controller's message on `link`.
    pub fn from_controller(&mut self, now: u64, link: Link, message: Message) -> Outputs {
        let mut out = Outputs::default();
        let controller = link.0;
        if self.controllers[controller].fenced {
            let c = &mut self.controllers[controller];
            if message.header.kind == MessageType::FenceAck && c.fence_sent {
                c.fence_acked[link.1] = true;
                if c.fence_acked.iter().all(|a| *a) {
                    self.readmit(now, controller, &mut out);
                }
            } else {
                self.counters.late_discarded += 1;
            }
            return out;
        }
        self.controllers[controller].last_heard = now;
        match message.header.kind {
            MessageType::Wqe => self.wqe(now, link, message, &mut out),
            MessageType::TakeoverAck => self.counters.takeovers_acked += 1,
            _ => {}
        }
        out
    }

    fn wqe(&mut self, now: u64, link: Link, message: Message, out: &mut Outputs) {
        let qp = message.header.qp;
        let Some(entry) = self.qps.get_mut(&qp) else {
            self.counters.wqe_unknown_qp += 1;
            return;
        };
        if entry.connector != link.1 {
            // A connector knows only its own QPs.
            self.counters.wqe_unknown_qp += 1;
            return;
        }
        if entry.controller != link.0 {
            // Only the bound controller may act for a QP.
            self.counters.wrong_link += 1;
            return;
        }
        let Some(descriptor) = WqeDescriptor::decode(&message.payload) else {
            self.counters.wqe_malformed += 1;
            return;
        };
        let data = message.payload[WQE_DESCRIPTOR_BYTES..].to_vec();
        // The descriptor's length is what follows it (nothing for a READ; a CQE for a SEND).
        let expected = match descriptor.op {
            WqeOp::Read => 0,
            WqeOp::Send | WqeOp::SendInvalidate => capsule::CQE_BYTES,
            WqeOp::Write => descriptor.length as usize,
        };
        if data.len() != expected || descriptor.length == 0 || descriptor.length > u16::MAX as u32 || (descriptor.op != WqeOp::Read && descriptor.length as usize != data.len()) {
            self.counters.wqe_malformed += 1;
            return;
        }
        match descriptor.op {
            WqeOp::Write => out.host.push(HostOp::RdmaWrite { qp, va: descriptor.va, rkey: descriptor.rkey, data }),
            WqeOp::Read => {
                let read = self.next_read;
                self.next_read = self.next_read.wrapping_add(1);
                self.reads.insert(read, (link, message.header.tag));
                out.host.push(HostOp::RdmaRead { qp, va: descriptor.va, rkey: descriptor.rkey, length: descriptor.length, read });
            }
            WqeOp::Send | WqeOp::SendInvalidate => {
                let Some(cqe) = Cqe::decode(&data) else {
                    self.counters.wqe_malformed += 1;
                    return;
                };
                let slot = cqe.cid & (self.slots - 1);
                let known = entry.outstanding.get(&slot).is_some_and(|(cid, _)| Self::controller_cid(*cid, slot, self.slots) == cqe.cid);
                let Some((host_cid, capsule_bytes)) = known.then(|| entry.outstanding.remove(&slot)).flatten() else {
                    // Exactly once: a CQE for a command that is not outstanding never reaches a host.
                    self.counters.cqe_unknown_cid += 1;
                    return;
                };
                let mut data = data;
                data[12..14].copy_from_slice(&host_cid.to_le_bytes());
                if Sqe::decode(&capsule_bytes).is_some_and(|s| s.opcode == capsule::OPCODE_FABRICS && s.qid == 0) && cqe.status.is_success() {
                    entry.controller_id = cqe.dw0 as u16;
                }
                entry.sq_head = cqe.sq_head;
                entry.completions += 1;
                self.counters.completions_delivered += 1;
                let invalidate = (descriptor.op == WqeOp::SendInvalidate).then_some(descriptor.invalidate_rkey);
                out.host.push(HostOp::Send { qp, data, invalidate });
                if let Binding::Draining { to } = entry.binding {
                    if entry.outstanding.is_empty() {
                        Self::take_over(qp, entry, to, self.slots, &mut self.counters, out);
                        while let Some((slot, held)) = entry.held.pop_front() {
                            self.counters.commands_forwarded += 1;
                            Self::forward(qp, entry, held, slot, self.slots, out);
                        }
                    }
                }
            }
        }
        if !out.host.is_empty() && self.failover_started.as_ref().is_some_and(|(_, moved)| moved.contains(&qp)) {
            let (started, _) = self.failover_started.take().expect("checked");
            self.counters.last_failover_cycles = now - started;
        }
    }

    /// The controller answered FENCE: it holds nothing any more and may serve again. QPs left
    /// without a path are given to it; others stay where they are until a failback.
    fn readmit(&mut self, _now: u64, controller: usize, out: &mut Outputs) {
        let c = &mut self.controllers[controller];
        c.fenced = false;
        c.fence_sent = false;
        self.fence_backend[controller] = false;
        for (qp, entry) in self.qps.iter_mut() {
            if entry.binding == Binding::NoPath {
                Self::take_over(*qp, entry, controller, self.slots, &mut self.counters, out);
            }
        }
    }

    fn fail_over(&mut self, now: u64, failed: usize) -> Outputs {
        let mut out = Outputs::default();
        if self.controllers[failed].fenced {
            return out;
        }
        self.controllers[failed].fenced = true;
        self.controllers[failed].fence_sent = false;
        self.fence_backend[failed] = true;
        self.counters.failovers += 1;
        let moved: Vec<u16> = self.qps.iter().filter(|(_, e)| e.controller == failed && e.binding != Binding::NoPath).map(|(q, _)| *q).collect();
        self.failover_started = Some((now, moved));
        // Reads the failed controller asked for are answered to nobody.
        self.reads.retain(|_, (link, _)| link.0 != failed);
        let other = 1 - failed;
        let other_ok = self.available(other);
        for (qp, entry) in self.qps.iter_mut() {
            if entry.controller != failed || entry.binding == Binding::NoPath {
                continue;
            }
            let held: Vec<(u16, Vec<u8>)> = entry.held.drain(..).collect();
            if other_ok {
                Self::take_over(*qp, entry, other, self.slots, &mut self.counters, &mut out);
                for (slot, capsule) in held {
                    self.counters.commands_forwarded += 1;
                    Self::forward(*qp, entry, capsule, slot, self.slots, &mut out);
                }
            } else {
                entry.binding = Binding::NoPath;
                let cids: Vec<u16> = entry.outstanding.values().map(|(cid, _)| *cid).chain(held.iter().map(|(_, c)| u16::from_le_bytes([c[2], c[3]]))).collect();
                entry.outstanding.clear();
                for cid in cids {
                    self.counters.path_errors_sent += 1;
                    out.host.push(Self::path_error(*qp, entry, cid));
                }
            }
        }
        out
    }

    /// `link_up` of a controller changed.
    pub fn link_changed(&mut self, now: u64, controller: usize, up: bool) -> Outputs {
        self.controllers[controller].up = up;
        if !up {
            return self.fail_over(now, controller);
        }
        self.controllers[controller].last_heard = now;
        let mut out = Outputs::default();
        if self.controllers[controller].fenced {
            self.send_fence(controller, &mut out);
        }
        out
    }

    /// Nothing but `FENCE` goes to a fenced controller whose link is up; it is readmitted when
    /// every connector's link has answered.
    fn send_fence(&mut self, controller: usize, out: &mut Outputs) {
        let c = &mut self.controllers[controller];
        c.fence_sent = true;
        c.fence_acked.iter_mut().for_each(|a| *a = false);
        for connector in 0..self.connectors {
            out.links.push(((controller, connector), Message::new(MessageType::Fence, 0, 0, vec![])));
        }
    }

    /// Heartbeat supervision, once a tick.
    pub fn tick(&mut self, now: u64) -> Outputs {
        for controller in 0..2 {
            let c = &self.controllers[controller];
            if c.up && !c.fenced && now.saturating_sub(c.last_heard) > self.heartbeat_timeout {
                // Silent with its link up: fenced at once, and told so (a zombie drops what it holds).
                let mut out = self.fail_over(now, controller);
                self.send_fence(controller, &mut out);
                return out;
            }
        }
        Outputs::default()
    }

    /// Moves the QPs away from their home back to it (operator command). Refused (false) unless
    /// the home controller is serving.
    pub fn failback(&mut self, _now: u64) -> (bool, Outputs) {
        let mut out = Outputs::default();
        let mut moved = false;
        for (qp, entry) in self.qps.iter_mut() {
            let home = entry.home;
            if entry.controller == home || entry.binding != Binding::Bound || !(self.controllers[home].up && !self.controllers[home].fenced) {
                continue;
            }
            moved = true;
            if entry.outstanding.is_empty() {
                Self::take_over(*qp, entry, home, self.slots, &mut self.counters, &mut out);
            } else {
                entry.binding = Binding::Draining { to: home };
            }
        }
        if moved {
            self.counters.failbacks += 1;
        }
        (moved, out)
    }
}
