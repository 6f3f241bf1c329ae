//! A storage controller as an NVMe-oF target behind a controller link (docs/controller-link.md): it takes
//! `CMD` messages, serves them from the shared namespace after a random service time (so
//! completions come out of order), and answers with `WQE`s: RDMA WRITE of read data, RDMA READ of
//! write data (which comes back as `READ_DATA`), and the CQE as a SEND.

use super::admin::Action;
use super::namespace::{Namespace, BLOCK_BYTES, NAMESPACE_ID};
use crate::stimulus::TestRng;
use nic_hdl::link::message::{Message, MessageType, Takeover, WqeDescriptor, WqeOp, FLAG_LAST, FLAG_REPLAY};
use nic_hdl::nvme::capsule::{self, Cqe, Sgl, Sqe, Status};
use rand::Rng;
use std::collections::BTreeMap;

/// Submission queue entries per queue: SQ head values wrap at this.
pub const SQ_ENTRIES: u16 = 128;
/// Largest RDMA WRITE one WQE carries (a link message holds < 64 KiB).
pub const WQE_MAX_DATA: usize = 16 << 10;
/// The controller ID the subsystem hands out (a static controller model: one per subsystem,
/// served by whichever controller owns the queues).
pub const SUBSYSTEM_CONTROLLER_ID: u16 = 0x0001;

/// A command being served: where it is, on which link port.
struct Pending {
    port: usize,
    qp: u16,
    sqe: Sqe,
    /// The SQE as sent (admin and Fabrics commands read fields `Sqe` does not decode).
    raw: [u8; capsule::SQE_BYTES],
    data: Vec<u8>,
    /// Data in host memory (a write, a Connect) fetched into `data`.
    fetched: bool,
}

#[derive(Default, Debug, Clone, serde::Serialize)]
pub struct ControllerCounters {
    pub commands: u64,
    pub completed: u64,
    pub errors: u64,
    pub replayed: u64,
    pub fences: u64,
    /// Commands dropped because the back end fenced this controller.
    pub fenced_drops: u64,
    pub read_bytes: u64,
    pub written_bytes: u64,
    /// Commands kept outstanding on purpose (Asynchronous Event Requests).
    pub held: u64,
    /// Writes whose data came in the command capsule (no RDMA READ).
    pub in_capsule_writes: u64,
}

pub struct Controller {
    pub name: &'static str,
    /// 0 for A, 1 for B: which back-end fence applies.
    pub index: usize,
    /// Link ports (one per connector): heartbeats go out on each.
    pub ports: usize,
    /// Ticks between heartbeats.
    pub heartbeat_every: u64,
    /// A hung controller: it serves nothing and sends nothing, its link stays up.
    pub silent: bool,
    /// Messages caused by what it received (FENCE_ACK, TAKEOVER_ACK), sent at the next tick.
    outbox: Vec<(usize, Message)>,
    /// Per (port, QP): commands consumed, the SQ head reported in CQEs.
    sq_heads: BTreeMap<(usize, u16), u16>,
    /// Commands in service, by the time they finish (then by arrival, for ties).
    in_service: BTreeMap<(u64, u64), Pending>,
    /// RDMA READs outstanding: WQE tag → (the fetching command, where its next piece of data goes).
    awaiting: BTreeMap<u16, (u64, usize)>,
    /// Writes fetching their data, by arrival number: the command and the pieces still missing.
    fetching: BTreeMap<u64, (Pending, usize)>,
    next_tag: u16,
    arrivals: u64,
    /// Service time range, in model ticks.
    pub latency: std::ops::Range<u64>,
    pub counters: ControllerCounters,
}

impl Controller {
    pub fn new(name: &'static str, index: usize, ports: usize, latency: std::ops::Range<u64>) -> Self {
        Self {
            name,
            index,
            ports,
            heartbeat_every: 20,
            silent: false,
            outbox: Vec::new(),
            sq_heads: BTreeMap::new(),
            in_service: BTreeMap::new(),
            awaiting: BTreeMap::new(),
            fetching: BTreeMap::new(),
            next_tag: 0,
            arrivals: 0,
            latency,
            counters: ControllerCounters::default(),
        }
    }

    /// Commands accepted and not yet completed.
    pub fn busy(&self) -> usize {
        self.in_service.len() + self.fetching.len()
    }

    /// What it holds, for a stuck run's report: commands in service (port, QP, CID), READs
    /// awaiting data (tag → offset), writes fetching.
    pub fn debug_state(&self) -> String {
        let serving: Vec<String> = self.in_service.values().map(|p| format!("{}/{}/{:#x}", p.port, p.qp, p.sqe.cid)).collect();
        let fetching: Vec<String> = self.fetching.values().map(|(p, missing)| format!("{}/{}/{:#x} missing {missing}", p.port, p.qp, p.sqe.cid)).collect();
        format!("{}: serving [{}], awaiting {:?}, fetching [{}]", self.name, serving.join(" "), self.awaiting, fetching.join(" "))
    }

    /// A message from the NIC on link port `port`.
    pub fn receive(&mut self, now: u64, port: usize, message: Message, rng: &mut TestRng) {
        match message.header.kind {
            MessageType::Command => {
                let Some(sqe) = Sqe::decode(&message.payload) else { return };
                if message.header.flags & FLAG_REPLAY != 0 {
                    // Already consumed from the SQ by the controller that failed.
                    self.counters.replayed += 1;
                } else {
                    let head = self.sq_heads.entry((port, message.header.qp)).or_insert(0);
                    *head = (*head + 1) % SQ_ENTRIES;
                }
                self.counters.commands += 1;
                let data = message.payload[capsule::SQE_BYTES..].to_vec();
                self.arrivals += 1;
                let done = now + rng.gen_range(self.latency.clone());
                let raw = message.payload[..capsule::SQE_BYTES].try_into().expect("an SQE decoded");
                self.in_service.insert((done, self.arrivals), Pending { port, qp: message.header.qp, sqe, raw, data, fetched: false });
            }
            MessageType::ReadData => {
                // A READ's data comes in pieces, in order; the one flagged LAST ends it.
                let tag = message.header.tag;
                let Some(&(command, offset)) = self.awaiting.get(&tag) else { return };
                let Some((pending, missing)) = self.fetching.get_mut(&command) else { return };
                let end = (offset + message.payload.len()).min(pending.data.len());
                pending.data[offset..end].copy_from_slice(&message.payload[..end - offset]);
                if message.header.flags & FLAG_LAST == 0 {
                    self.awaiting.insert(tag, (command, end));
                    return;
                }
                self.awaiting.remove(&tag);
                *missing -= 1;
                if *missing == 0 {
                    let (mut pending, _) = self.fetching.remove(&command).expect("present");
                    pending.fetched = true;
                    self.arrivals += 1;
                    self.in_service.insert((now, self.arrivals), pending);
                }
            }
            MessageType::Fence => {
                // Everything held is dropped: the NIC replays it elsewhere.
                self.in_service.clear();
                self.fetching.clear();
                self.awaiting.clear();
                self.sq_heads.clear();
                self.counters.fences += 1;
                self.outbox.push((port, Message::new(MessageType::FenceAck, 0, 0, vec![])));
            }
            MessageType::Takeover => {
                if let Some(takeover) = Takeover::decode(&message.payload) {
                    self.sq_heads.insert((port, message.header.qp), takeover.sq_head);
                    self.outbox.push((port, Message::new(MessageType::TakeoverAck, message.header.qp, 0, vec![])));
                }
            }
            _ => {}
        }
    }

    /// Commands whose service time is over (their WQEs), acknowledgements and heartbeats, as
    /// (port, message).
    pub fn tick(&mut self, now: u64, namespace: &mut Namespace) -> Vec<(usize, Message)> {
        if self.silent {
            return Vec::new();
        }
        let mut out = std::mem::take(&mut self.outbox);
        while let Some(entry) = self.in_service.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let pending = entry.remove();
            if namespace.fenced[self.index] {
                self.counters.fenced_drops += 1;
                continue;
            }
            self.serve(pending, namespace, &mut out);
        }
        if now % self.heartbeat_every == 0 {
            out.extend((0..self.ports).map(|port| (port, Message::new(MessageType::Heartbeat, 0, 0, vec![]))));
        }
        out
    }

    fn complete(&mut self, pending: &Pending, status: Status, dw0: u32, out: &mut Vec<(usize, Message)>) {
        self.complete_with(pending, status, dw0, 0, out)
    }

    /// The CQE as a SEND (with Invalidate when the host asked for its key to be invalidated).
    fn complete_with(&mut self, pending: &Pending, status: Status, dw0: u32, dw1: u32, out: &mut Vec<(usize, Message)>) {
        self.counters.completed += 1;
        if !status.is_success() {
            self.counters.errors += 1;
        }
        let sq_head = self.sq_heads.get(&(pending.port, pending.qp)).copied().unwrap_or(0);
        let cqe = Cqe { dw0, sq_head, sq_id: 0, cid: pending.sqe.cid, status, dnr: !status.is_success() };
        let (op, invalidate_rkey) = match pending.sqe.sgl {
            Sgl::Keyed { key, invalidate: true, .. } => (WqeOp::SendInvalidate, key),
            _ => (WqeOp::Send, 0),
        };
        let descriptor = WqeDescriptor { op, length: capsule::CQE_BYTES as u32, va: 0, rkey: 0, invalidate_rkey };
        let mut payload = descriptor.encode().to_vec();
        let mut entry = cqe.encode();
        entry[4..8].copy_from_slice(&dw1.to_le_bytes());
        payload.extend_from_slice(&entry);
        out.push((pending.port, Message::new(MessageType::Wqe, pending.qp, pending.sqe.cid, payload)));
    }

    /// RDMA WRITEs of `data` to host memory at `address`, in pieces one WQE carries.
    fn write_to_host(&mut self, pending: &Pending, data: &[u8], address: u64, key: u32, out: &mut Vec<(usize, Message)>) {
        for (i, piece) in data.chunks(WQE_MAX_DATA).enumerate() {
            let descriptor = WqeDescriptor { op: WqeOp::Write, length: piece.len() as u32, va: address + (i * WQE_MAX_DATA) as u64, rkey: key, invalidate_rkey: 0 };
            let mut payload = descriptor.encode().to_vec();
            payload.extend_from_slice(piece);
            out.push((pending.port, Message::new(MessageType::Wqe, pending.qp, pending.sqe.cid, payload)));
        }
    }

    /// RDMA READs of the command's data from host memory, in pieces a `READ_DATA` message holds;
    /// the command is served again once every piece is in.
    fn fetch(&mut self, mut pending: Pending, address: u64, bytes: usize, key: u32, out: &mut Vec<(usize, Message)>) {
        self.arrivals += 1;
        let command = self.arrivals;
        let pieces = bytes.div_ceil(WQE_MAX_DATA);
        for piece in 0..pieces {
            let tag = self.next_tag;
            self.next_tag = self.next_tag.wrapping_add(1);
            let offset = piece * WQE_MAX_DATA;
            let size = (bytes - offset).min(WQE_MAX_DATA) as u32;
            let descriptor = WqeDescriptor { op: WqeOp::Read, length: size, va: address + offset as u64, rkey: key, invalidate_rkey: 0 };
            out.push((pending.port, Message::new(MessageType::Wqe, pending.qp, tag, descriptor.encode().to_vec())));
            self.awaiting.insert(tag, (command, offset));
        }
        pending.data = vec![0; bytes];
        self.fetching.insert(command, (pending, pieces));
    }

    /// What the subsystem decided for an admin or Fabrics command.
    fn act(&mut self, pending: &Pending, action: Action, out: &mut Vec<(usize, Message)>) {
        match action {
            Action::Complete { status, dw0, dw1 } => self.complete_with(pending, status, dw0, dw1, out),
            Action::Data(data) => match pending.sqe.sgl {
                Sgl::Keyed { address, length, key, .. } => {
                    let bytes = data.len().min(length as usize);
                    self.write_to_host(pending, &data[..bytes], address, key, out);
                    self.complete(pending, Status::SUCCESS, 0, out)
                }
                _ => self.complete(pending, Status::INVALID_FIELD, 0, out),
            },
            Action::Hold => self.counters.held += 1,
        }
    }

    /// Connect: its data (host ID, controller ID, NQNs) comes from host memory first when the
    /// SGL is keyed (how Linux sends it), or follows the SQE in the capsule.
    fn connect(&mut self, pending: Pending, namespace: &mut Namespace, out: &mut Vec<(usize, Message)>) {
        if let Sgl::Keyed { address, length, key, .. } = pending.sqe.sgl {
            if !pending.fetched {
                return self.fetch(pending, address, length as usize, key, out);
            }
        }
        let asked = capsule::connect_data_controller_id(&pending.data).unwrap_or(0);
        let ok = if pending.sqe.qid == 0 { asked == capsule::CONTROLLER_ID_ANY || asked == SUBSYSTEM_CONTROLLER_ID } else { asked == SUBSYSTEM_CONTROLLER_ID };
        if ok {
            namespace.subsystem.connect(pending.port, pending.qp, &pending.raw, &pending.data);
            self.complete(&pending, Status::SUCCESS, SUBSYSTEM_CONTROLLER_ID as u32, out)
        } else {
            self.complete(&pending, Status::CONNECT_INVALID_PARAMETERS, 0, out)
        }
    }

    fn serve(&mut self, pending: Pending, namespace: &mut Namespace, out: &mut Vec<(usize, Message)>) {
        let sqe = pending.sqe;
        if sqe.opcode == capsule::OPCODE_FABRICS {
            if sqe.fctype == capsule::FCTYPE_CONNECT {
                return self.connect(pending, namespace, out);
            }
            let action = namespace.subsystem.fabrics(&pending.raw);
            return self.act(&pending, action, out);
        }
        if namespace.subsystem.is_admin(pending.port, pending.qp) {
            let action = namespace.subsystem.admin(&pending.raw, SUBSYSTEM_CONTROLLER_ID, namespace.blocks());
            return self.act(&pending, action, out);
        }
        let io = matches!(sqe.opcode, capsule::OPCODE_READ | capsule::OPCODE_WRITE);
        if io && sqe.nsid != NAMESPACE_ID {
            return self.complete(&pending, Status::INVALID_NAMESPACE, 0, out);
        }
        if io && !namespace.in_range(sqe.slba, sqe.nlb_minus_one) {
            return self.complete(&pending, Status::LBA_OUT_OF_RANGE, 0, out);
        }
        let bytes = (sqe.nlb_minus_one as usize + 1) * BLOCK_BYTES;
        match sqe.opcode {
            capsule::OPCODE_FLUSH | capsule::OPCODE_KEEP_ALIVE => self.complete(&pending, Status::SUCCESS, 0, out),
            capsule::OPCODE_READ => {
                let Sgl::Keyed { address, length, key, .. } = sqe.sgl else {
                    return self.complete(&pending, Status::INVALID_FIELD, 0, out);
                };
                if length as usize != bytes {
                    return self.complete(&pending, Status::INVALID_FIELD, 0, out);
                }
                let data = namespace.read(sqe.slba, bytes);
                self.write_to_host(&pending, &data, address, key, out);
                self.counters.read_bytes += bytes as u64;
                self.complete(&pending, Status::SUCCESS, 0, out)
            }
            capsule::OPCODE_WRITE => match sqe.sgl {
                Sgl::InCapsule { offset: 0, length } if length as usize == bytes && pending.data.len() >= bytes => {
                    namespace.write(sqe.slba, &pending.data[..bytes]);
                    self.counters.written_bytes += bytes as u64;
                    self.counters.in_capsule_writes += 1;
                    self.complete(&pending, Status::SUCCESS, 0, out)
                }
                Sgl::Keyed { address, length, key, .. } if length as usize == bytes => {
                    if !pending.fetched {
                        return self.fetch(pending, address, bytes, key, out);
                    }
                    namespace.write(sqe.slba, &pending.data);
                    self.counters.written_bytes += bytes as u64;
                    self.complete(&pending, Status::SUCCESS, 0, out)
                }
                _ => self.complete(&pending, Status::INVALID_FIELD, 0, out),
            },
            _ => self.complete(&pending, Status::INVALID_OPCODE, 0, out),
        }
    }
}
