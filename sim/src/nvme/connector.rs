//! The NIC's shared connectors at the message level: the reference model the connector RTL will
//! be checked against (issue 5), and where failover (issue 6) slots in.
//!
//! Host side: RDMA operations on QPs (the RC transport below them is verified on its own).
//! Controller side: link messages (`nic_hdl::link::message`), one link per (controller,
//! connector). Per QP the QP table holds the owning connector, the bound controller, the NVMe
//! controller ID, the SQ head last reported, and every command capsule not yet completed.

use nic_hdl::link::message::{Message, MessageType, WqeDescriptor, WqeOp, WQE_DESCRIPTOR_BYTES};
use nic_hdl::nvme::capsule::{Cqe, Sqe, SQE_BYTES};
use std::collections::{BTreeMap, HashMap};

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

/// A controller link endpoint: (controller 0 = A / 1 = B, connector).
pub type Link = (usize, usize);

#[derive(Clone, Debug, Default)]
pub struct QpEntry {
    pub connector: usize,
    pub controller: usize,
    pub controller_id: u16,
    pub sq_head: u16,
    /// CID → the capsule as the host sent it (what a replay would resend).
    pub outstanding: BTreeMap<u16, Vec<u8>>,
    pub commands: u64,
    pub completions: u64,
}

/// Drops, each counted by cause.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ConnectorCounters {
    pub commands_forwarded: u64,
    pub completions_delivered: u64,
    pub unknown_qp: u64,
    pub malformed_capsule: u64,
    pub duplicate_cid: u64,
    pub wqe_unknown_qp: u64,
    pub wqe_malformed: u64,
    pub cqe_unknown_cid: u64,
    pub read_data_unknown: u64,
    pub wrong_link: u64,
}

#[derive(Default)]
pub struct ConnectorModel {
    pub qps: HashMap<u16, QpEntry>,
    /// RDMA READs in flight: read id → (link, WQE tag) to answer with READ_DATA.
    reads: HashMap<u32, (Link, u16)>,
    next_read: u32,
    pub counters: ConnectorCounters,
}

impl ConnectorModel {
    /// Configures a QP (the run-time QP → connector map and its bound controller).
    pub fn add_qp(&mut self, qp: u16, connector: usize, controller: usize) {
        self.qps.insert(qp, QpEntry { connector, controller, ..Default::default() });
    }

    /// A host's SEND or READ response. Returns the link messages it causes.
    pub fn from_host(&mut self, input: HostIn) -> Vec<(Link, Message)> {
        match input {
            HostIn::Send { qp, data } => {
                let Some(entry) = self.qps.get_mut(&qp) else {
                    self.counters.unknown_qp += 1;
                    return vec![];
                };
                let Some(sqe) = (data.len() >= SQE_BYTES).then(|| Sqe::decode(&data)).flatten() else {
                    self.counters.malformed_capsule += 1;
                    return vec![];
                };
                if entry.outstanding.contains_key(&sqe.cid) {
                    self.counters.duplicate_cid += 1;
                    return vec![];
                }
                entry.outstanding.insert(sqe.cid, data.clone());
                entry.commands += 1;
                self.counters.commands_forwarded += 1;
                vec![((entry.controller, entry.connector), Message::new(MessageType::Command, qp, sqe.cid, data))]
            }
            HostIn::ReadResponse { read, data, .. } => match self.reads.remove(&read) {
                Some((link, tag)) => vec![(link, Message::new(MessageType::ReadData, 0, tag, data))],
                None => {
                    self.counters.read_data_unknown += 1;
                    vec![]
                }
            },
        }
    }

    /// A controller's message on `link`. Returns what goes to the hosts.
    pub fn from_controller(&mut self, link: Link, message: Message) -> Vec<HostOp> {
        if message.header.kind != MessageType::Wqe {
            return vec![];
        }
        let qp = message.header.qp;
        let Some(entry) = self.qps.get_mut(&qp) else {
            self.counters.wqe_unknown_qp += 1;
            return vec![];
        };
        if (entry.controller, entry.connector) != link {
            // Only the bound controller, through the QP's connector, may act for it.
            self.counters.wrong_link += 1;
            return vec![];
        }
        let Some(descriptor) = WqeDescriptor::decode(&message.payload) else {
            self.counters.wqe_malformed += 1;
            return vec![];
        };
        let data = message.payload[WQE_DESCRIPTOR_BYTES..].to_vec();
        match descriptor.op {
            WqeOp::Write => vec![HostOp::RdmaWrite { qp, va: descriptor.va, rkey: descriptor.rkey, data }],
            WqeOp::Read => {
                let read = self.next_read;
                self.next_read = self.next_read.wrapping_add(1);
                self.reads.insert(read, (link, message.header.tag));
                vec![HostOp::RdmaRead { qp, va: descriptor.va, rkey: descriptor.rkey, length: descriptor.length, read }]
            }
            WqeOp::Send | WqeOp::SendInvalidate => {
                let Some(cqe) = Cqe::decode(&data) else {
                    self.counters.wqe_malformed += 1;
                    return vec![];
                };
                if entry.outstanding.remove(&cqe.cid).is_none() {
                    // Exactly once: a CQE for a command that is not outstanding never reaches a host.
                    self.counters.cqe_unknown_cid += 1;
                    return vec![];
                }
                entry.sq_head = cqe.sq_head;
                entry.completions += 1;
                self.counters.completions_delivered += 1;
                let invalidate = (descriptor.op == WqeOp::SendInvalidate).then_some(descriptor.invalidate_rkey);
                vec![HostOp::Send { qp, data, invalidate }]
            }
        }
    }
}
