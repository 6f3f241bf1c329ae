//! The NIC's connection manager: RDMA-CM on QP 1 (GSI) as a host's NVMe-oF initiator uses it.
//! A ConnectRequest for the NVMe-oF service allocates a QP of the NIC core from the request (the
//! host's QPN, first PSN, MAC and IPv4 address) and answers with a ConnectReply carrying the
//! NVMe-oF RDMA accept (the controller's receive queue size); ReadyToUse marks the connection
//! established; DisconnectRequest frees the QP and is answered with DisconnectReply. Anything it
//! cannot accept is answered with a ConnectReject and a reason. Retransmitted requests get the
//! same answer again: a REQ whose REP was lost re-sends that REP, a DREQ whose DREP was lost
//! re-sends the DREP.
//!
//! Why here, in the NIC's control software, and not in a controller: the QP table is the NIC's,
//! and a connection must outlive the controller that serves it — after a failover, B serves QPs
//! that A's CM would have set up (docs/interop.md).
//!
//! Layouts: IBA vol. 1 §12.6 (REQ, REP, REJ, RTU, DREQ, DREP), Annex A11 (RDMA IP CM service and
//! its private data), NVMe over Fabrics 1.1 §7.3.1 (the RDMA transport's CM private data).

use super::admin::QUEUE_ENTRIES;
use super::rdma_cm::{gsi_frame, mad, service_id, Endpoint, ATTR_DREP, ATTR_DREQ, ATTR_REJ, ATTR_REP, ATTR_REQ, ATTR_RTU, CM_CLASS, GSI_QP, MAD_HEADER_BYTES, NVME_PORT, UD_SEND_ONLY};
use super::nic_core_rtl::QpSetup;
use crate::models::rx_parser::{parse, ParserConfig};
use std::collections::BTreeMap;

/// ConnectReject reasons (IBA vol. 1 table 112).
pub const REJECT_INVALID_SERVICE_ID: u16 = 8;
pub const REJECT_UNSUPPORTED_REQUEST: u16 = 5;
pub const REJECT_INVALID_TRANSPORT: u16 = 9;
pub const REJECT_CONSUMER: u16 = 28;
/// NVMe-oF RDMA reject status in the REJ's private data (consumer reject).
pub const NVME_REJECT_INVALID_RECFMT: u16 = 0x02;
pub const NVME_REJECT_INVALID_HSQSIZE: u16 = 0x04;
pub const NVME_REJECT_NO_RESOURCES: u16 = 0x06;

/// Where REQ fields sit in the CM message (after the 24-byte MAD header).
const REQ_LOCAL_COMM_ID: usize = 0;
const REQ_SERVICE_ID: usize = 8;
const REQ_LOCAL_QPN: usize = 32;
const REQ_RESPONDER_RESOURCES: usize = 35;
const REQ_INITIATOR_DEPTH: usize = 39;
const REQ_TRANSPORT: usize = 43;
const REQ_STARTING_PSN: usize = 44;
const REQ_PATH_MTU: usize = 50;
const REQ_PRIVATE: usize = 140;
/// In the REQ's private data: the RDMA IP CM header (36 bytes), then the NVMe-oF record.
const PRIVATE_NVME: usize = 36;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// REP sent, RTU not yet seen.
    Replied,
    Established,
    /// DREQ answered; the QP is free again (kept to answer a retransmitted DREQ).
    Closed,
}

#[derive(Clone, Debug)]
struct Connection {
    qp: u16,
    nic_comm_id: u32,
    state: State,
    /// The REP as sent, for a retransmitted REQ.
    reply: Vec<u8>,
}

/// What the core must do for the CM.
#[derive(Clone, Debug, PartialEq)]
pub enum CoreChange {
    Configure(QpSetup),
    Remove(u16),
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct CmCounters {
    pub connect_requests: u64,
    pub connect_requests_repeated: u64,
    pub connect_replies: u64,
    pub connect_rejects: u64,
    pub ready_to_use: u64,
    pub disconnect_requests: u64,
    pub disconnect_replies: u64,
    /// MADs of another class or attribute, or for no known connection.
    pub ignored: u64,
    /// Frames to QP 1 the parser refuses (bad ICRC, malformed), or too short for a MAD.
    pub malformed: u64,
}

pub struct ConnectionManager {
    nic_mac: u64,
    nic_ip: u32,
    qpn_base: u32,
    /// Path MTU code the core runs at (3 = 1024 bytes): a REQ for another MTU is rejected.
    mtu_code: u8,
    /// QPs of the core the CM may hand out, lowest first.
    free: Vec<u16>,
    connections: BTreeMap<(u32, u32), Connection>,
    next_comm_id: u32,
    next_psn: u32,
    pub counters: CmCounters,
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes(b[at..at + 4].try_into().expect("four bytes"))
}

fn be24(b: &[u8], at: usize) -> u32 {
    be32(b, at - 1) & 0xFF_FFFF
}

impl ConnectionManager {
    pub fn new(nic_mac: u64, nic_ip: u32, qpn_base: u32, mtu_shift: u64, qps: u16) -> Self {
        Self {
            nic_mac,
            nic_ip,
            qpn_base,
            mtu_code: mtu_shift as u8 + 1,
            free: (0..qps).collect(),
            connections: BTreeMap::new(),
            next_comm_id: 0x4E49_0001,
            next_psn: 0x12_3456,
            counters: CmCounters::default(),
        }
    }

    /// Connections established (RTU seen) and not torn down.
    pub fn established(&self) -> usize {
        self.connections.values().filter(|c| c.state == State::Established).count()
    }

    fn nic(&self, qpn: u32, psn: u32) -> Endpoint {
        Endpoint { mac: self.nic_mac, ip: self.nic_ip, qpn, psn }
    }

    /// A frame to QP 1: the answers to send, and what the core must change.
    pub fn receive(&mut self, frame: &[u8]) -> (Vec<Vec<u8>>, Vec<CoreChange>) {
        let parsed = parse(frame, false, &ParserConfig { pkey: 0xFFFF, path_mtu: 4096 });
        let d = &parsed.descriptor;
        let payload = parsed.payload_bytes();
        if parsed.verdict != 0 || d.opcode != UD_SEND_ONLY as u64 || d.dest_qp != GSI_QP as u64 || payload.len() < MAD_HEADER_BYTES + 232 {
            self.counters.malformed += 1;
            return (Vec::new(), Vec::new());
        }
        let host = Endpoint { mac: d.src_mac, ip: d.src_ip as u32, qpn: GSI_QP, psn: 0 };
        let (class, transaction, attribute) = (payload[1], u64::from_be_bytes(payload[8..16].try_into().expect("8")), u16::from_be_bytes([payload[16], payload[17]]));
        let message = &payload[MAD_HEADER_BYTES..];
        if class != CM_CLASS {
            self.counters.ignored += 1;
            return (Vec::new(), Vec::new());
        }
        match attribute {
            ATTR_REQ => self.request(host, transaction, message),
            ATTR_RTU => {
                match self.connections.get_mut(&(host.ip, be32(message, 0))) {
                    Some(c) if c.nic_comm_id == be32(message, 4) && c.state != State::Closed => {
                        c.state = State::Established;
                        self.counters.ready_to_use += 1;
                    }
                    _ => self.counters.ignored += 1,
                }
                (Vec::new(), Vec::new())
            }
            ATTR_DREQ => self.disconnect(host, transaction, message),
            ATTR_REJ => {
                // The host gave up on a connection it asked for: free its QP.
                let key = (host.ip, be32(message, 0));
                match self.connections.remove(&key) {
                    Some(c) if c.state != State::Closed => {
                        self.free.push(c.qp);
                        self.free.sort_unstable();
                        (Vec::new(), vec![CoreChange::Remove(c.qp)])
                    }
                    _ => {
                        self.counters.ignored += 1;
                        (Vec::new(), Vec::new())
                    }
                }
            }
            _ => {
                self.counters.ignored += 1;
                (Vec::new(), Vec::new())
            }
        }
    }

    fn reject(&mut self, host: &Endpoint, transaction: u64, host_comm_id: u32, reason: u16, nvme_status: Option<u16>) -> (Vec<Vec<u8>>, Vec<CoreChange>) {
        self.counters.connect_rejects += 1;
        let mut private = [0u8; 4];
        if let Some(status) = nvme_status {
            private[2..4].copy_from_slice(&status.to_le_bytes());
        }
        let mut fields: Vec<(usize, &[u8])> = Vec::new();
        let comm = host_comm_id.to_be_bytes();
        let reason_bytes = reason.to_be_bytes();
        fields.push((4, &comm));
        // Message rejected: the REQ (0).
        fields.push((10, &reason_bytes));
        if nvme_status.is_some() {
            fields.push((84, &private));
        }
        let rej = mad(transaction, ATTR_REJ, &fields);
        (vec![gsi_frame(&self.nic(GSI_QP, 0), host, &rej)], Vec::new())
    }

    fn request(&mut self, host: Endpoint, transaction: u64, req: &[u8]) -> (Vec<Vec<u8>>, Vec<CoreChange>) {
        self.counters.connect_requests += 1;
        let host_comm_id = be32(req, REQ_LOCAL_COMM_ID);
        if let Some(c) = self.connections.get(&(host.ip, host_comm_id)) {
            if c.state != State::Closed {
                self.counters.connect_requests_repeated += 1;
                self.counters.connect_replies += 1;
                return (vec![c.reply.clone()], Vec::new());
            }
        }
        let service = u64::from_be_bytes(req[REQ_SERVICE_ID..REQ_SERVICE_ID + 8].try_into().expect("8"));
        if service != service_id(NVME_PORT) {
            return self.reject(&host, transaction, host_comm_id, REJECT_INVALID_SERVICE_ID, None);
        }
        if req[REQ_TRANSPORT] >> 1 & 3 != 0 {
            return self.reject(&host, transaction, host_comm_id, REJECT_INVALID_TRANSPORT, None);
        }
        if req[REQ_PATH_MTU] >> 4 != self.mtu_code {
            return self.reject(&host, transaction, host_comm_id, REJECT_UNSUPPORTED_REQUEST, None);
        }
        let nvme = &req[REQ_PRIVATE + PRIVATE_NVME..];
        let half = |at: usize| u16::from_le_bytes([nvme[at], nvme[at + 1]]);
        let (record_format, host_sq_size) = (half(0), half(6));
        if record_format != 0 {
            return self.reject(&host, transaction, host_comm_id, REJECT_CONSUMER, Some(NVME_REJECT_INVALID_RECFMT));
        }
        if host_sq_size as u32 + 1 > QUEUE_ENTRIES as u32 {
            return self.reject(&host, transaction, host_comm_id, REJECT_CONSUMER, Some(NVME_REJECT_INVALID_HSQSIZE));
        }
        // A connection closed earlier under the same ID is forgotten: this is a new one.
        self.connections.remove(&(host.ip, host_comm_id));
        if self.free.is_empty() {
            return self.reject(&host, transaction, host_comm_id, REJECT_CONSUMER, Some(NVME_REJECT_NO_RESOURCES));
        }
        let qp = self.free.remove(0);
        let nic_comm_id = self.next_comm_id;
        self.next_comm_id = self.next_comm_id.wrapping_add(1);
        // The REQ's starting PSN is the host's receive side: the first PSN the NIC sends. The
        // REP's is the NIC's receive side: the first PSN the host sends.
        let host_psn = self.next_psn;
        self.next_psn = self.next_psn.wrapping_mul(0x9E37_79B1).wrapping_add(0x5A5A) & 0xFF_FFFF;
        let host_qpn = be24(req, REQ_LOCAL_QPN);
        let nic_psn = be24(req, REQ_STARTING_PSN);
        let nic_qpn = self.qpn_base + qp as u32;
        let mut accept = [0u8; 32];
        accept[2..4].copy_from_slice(&QUEUE_ENTRIES.to_le_bytes());
        let guid = (self.nic_mac >> 24) << 40 | 0xFF_FE << 24 | (self.nic_mac & 0xFF_FFFF);
        let fields: [(usize, &[u8]); 7] = [
            (0, &nic_comm_id.to_be_bytes()),
            (4, &host_comm_id.to_be_bytes()),
            (12, &(nic_qpn << 8).to_be_bytes()),
            (20, &(host_psn << 8).to_be_bytes()),
            // Responder resources, initiator depth (READs the NIC may have outstanding toward the
            // host, within what it offers), target ACK delay, RNR retry 7 (the host retries forever).
            (24, &[req[REQ_INITIATOR_DEPTH], req[REQ_RESPONDER_RESOURCES].min(16), 15 << 3, 7 << 5]),
            (28, &guid.to_be_bytes()),
            (36, &accept),
        ];
        let reply = gsi_frame(&self.nic(GSI_QP, 0), &host, &mad(transaction, ATTR_REP, &fields));
        self.counters.connect_replies += 1;
        let setup = QpSetup {
            qp,
            // Queues spread over the two connectors; every QP's home is controller A (B stands by).
            connector: qp as usize % 2,
            controller: 0,
            peer_mac: host.mac,
            peer_ip: host.ip,
            peer_qpn: host_qpn,
            host_psn,
            nic_psn,
        };
        self.connections.insert((host.ip, host_comm_id), Connection { qp, nic_comm_id, state: State::Replied, reply: reply.clone() });
        (vec![reply], vec![CoreChange::Configure(setup)])
    }

    fn disconnect(&mut self, host: Endpoint, transaction: u64, dreq: &[u8]) -> (Vec<Vec<u8>>, Vec<CoreChange>) {
        self.counters.disconnect_requests += 1;
        let (host_comm_id, nic_comm_id) = (be32(dreq, 0), be32(dreq, 4));
        let Some(c) = self.connections.get_mut(&(host.ip, host_comm_id)).filter(|c| c.nic_comm_id == nic_comm_id) else {
            self.counters.ignored += 1;
            return (Vec::new(), Vec::new());
        };
        let mut changes = Vec::new();
        if c.state != State::Closed {
            c.state = State::Closed;
            changes.push(CoreChange::Remove(c.qp));
            self.free.push(c.qp);
            self.free.sort_unstable();
        }
        self.counters.disconnect_replies += 1;
        let drep = mad(transaction, ATTR_DREP, &[(0, &nic_comm_id.to_be_bytes()), (4, &host_comm_id.to_be_bytes())]);
        (vec![gsi_frame(&self.nic(GSI_QP, 0), &host, &drep)], changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nvme::rdma_cm::Connection;

    const NIC_MAC: u64 = 0x02_4e_49_43_00_01;
    const NIC_IP: u32 = 0x0a00_0002;

    fn connection(qid: u16, host_qpn: u32) -> Connection {
        Connection {
            host: Endpoint { mac: 0x52_54_00_12_34_56, ip: 0x0a00_0001, qpn: host_qpn, psn: 0x00_1234 },
            nic: Endpoint { mac: NIC_MAC, ip: NIC_IP, qpn: 0, psn: 0x00_abcd },
            qid,
            depth: 32,
            mtu_code: 3,
        }
    }

    /// The CM message of an answer (after Ethernet, IPv4, UDP, BTH, DETH and the MAD header),
    /// with its attribute.
    fn answer(frame: &[u8]) -> (u16, Vec<u8>) {
        let parsed = parse(frame, false, &ParserConfig { pkey: 0xFFFF, path_mtu: 4096 });
        assert_eq!(parsed.verdict, 0, "the answer parses, ICRC included");
        let payload = parsed.payload_bytes();
        (u16::from_be_bytes([payload[16], payload[17]]), payload[MAD_HEADER_BYTES..].to_vec())
    }

    /// The host's RTU for a REP (its local and remote communication IDs swapped).
    fn ready_to_use(c: &Connection, rep: &[u8]) -> Vec<u8> {
        let rtu = mad(1, ATTR_RTU, &[(0, &rep[4..8]), (4, &rep[0..4])]);
        gsi_frame(&c.host, &c.nic, &rtu)
    }

    fn manager(qps: u16) -> ConnectionManager {
        ConnectionManager::new(NIC_MAC, NIC_IP, 0x10, 2, qps)
    }

    #[test]
    fn a_request_sets_a_qp_up_and_is_answered_once_per_retransmission() {
        let mut cm = manager(4);
        let c = connection(0, 0x11);
        let [(_, request), ..] = c.frames();
        let (replies, changes) = cm.receive(&request);
        let (attribute, rep) = answer(&replies[0]);
        assert_eq!(attribute, ATTR_REP);
        let [CoreChange::Configure(setup)] = changes.as_slice() else { panic!("{changes:?}") };
        assert_eq!((setup.qp, setup.peer_qpn, setup.peer_ip, setup.peer_mac), (0, 0x11, 0x0a00_0001, 0x52_54_00_12_34_56));
        // The REQ's starting PSN is what the NIC sends first; the REP's what the host sends first.
        assert_eq!(setup.nic_psn, 0xabcd);
        assert_eq!(be24(&rep, 20), setup.host_psn);
        assert_eq!(be24(&rep, 12), 0x10, "the NIC's QPN of QP 0");
        assert_eq!(u16::from_le_bytes([rep[38], rep[39]]), QUEUE_ENTRIES, "crqsize");
        // A retransmitted REQ: the same REP, and the core is not set up twice.
        let (again, changes) = cm.receive(&request);
        assert_eq!(again, replies);
        assert!(changes.is_empty());
        assert_eq!(cm.counters.connect_requests_repeated, 1);
        // ReadyToUse with the wrong IDs is ignored; with the REP's, it establishes.
        let [_, _, (_, stranger)] = c.frames();
        cm.receive(&stranger);
        assert_eq!((cm.established(), cm.counters.ignored), (0, 1));
        cm.receive(&ready_to_use(&c, &rep));
        assert_eq!(cm.established(), 1);
        // A second queue takes the next QP.
        let [(_, second), ..] = connection(1, 0x12).frames();
        let (_, changes) = cm.receive(&second);
        assert!(matches!(changes.as_slice(), [CoreChange::Configure(QpSetup { qp: 1, .. })]));
    }

    #[test]
    fn unknown_services_full_tables_and_large_queues_are_rejected_with_a_reason() {
        let mut cm = manager(1);
        let [(_, mut request), ..] = connection(0, 0x11).frames();
        // Service ID: the MAD header, then the REQ's service ID; one more port.
        let at = 14 + 20 + 8 + 12 + 8 + MAD_HEADER_BYTES + REQ_SERVICE_ID + 7;
        let mut wrong = request.clone();
        wrong[at] ^= 1;
        let n = wrong.len();
        let crc = crate::models::icrc::icrc(&wrong[..n - 4]).expect("an IPv4 frame");
        wrong[n - 4..].copy_from_slice(&crate::models::icrc::icrc_bytes(crc));
        let (replies, changes) = cm.receive(&wrong);
        let (attribute, rej) = answer(&replies[0]);
        assert_eq!((attribute, u16::from_be_bytes([rej[10], rej[11]])), (ATTR_REJ, REJECT_INVALID_SERVICE_ID));
        assert!(changes.is_empty());
        // A corrupted ICRC: dropped and counted, not answered.
        request[n - 1] ^= 0xFF;
        assert_eq!(cm.receive(&request), (Vec::new(), Vec::new()));
        assert_eq!(cm.counters.malformed, 1);
        request[n - 1] ^= 0xFF;
        assert_eq!(cm.receive(&request).1.len(), 1);
        // The table is full: a consumer reject with the NVMe-oF status "no resources".
        let [(_, other), ..] = connection(1, 0x12).frames();
        let (replies, _) = cm.receive(&other);
        let (attribute, rej) = answer(&replies[0]);
        assert_eq!((attribute, u16::from_be_bytes([rej[10], rej[11]])), (ATTR_REJ, REJECT_CONSUMER));
        assert_eq!(u16::from_le_bytes([rej[86], rej[87]]), NVME_REJECT_NO_RESOURCES);
    }

    #[test]
    fn a_disconnect_frees_the_qp_and_a_repeated_one_is_answered_again() {
        let mut cm = manager(1);
        let c = connection(0, 0x11);
        let [(_, request), ..] = c.frames();
        let (replies, _) = cm.receive(&request);
        let (_, rep) = answer(&replies[0]);
        cm.receive(&ready_to_use(&c, &rep));
        assert_eq!(cm.established(), 1);
        let nic_comm = be32(&rep, 0);
        let host_comm = be32(&rep, 4);
        let dreq_mad = mad(7, ATTR_DREQ, &[(0, &host_comm.to_be_bytes()), (4, &nic_comm.to_be_bytes())]);
        let dreq = gsi_frame(&c.host, &c.nic, &dreq_mad);
        let (replies, changes) = cm.receive(&dreq);
        assert_eq!(answer(&replies[0]).0, ATTR_DREP);
        assert_eq!(changes, vec![CoreChange::Remove(0)]);
        let (replies, changes) = cm.receive(&dreq);
        assert_eq!(answer(&replies[0]).0, ATTR_DREP, "a lost DREP is sent again");
        assert!(changes.is_empty(), "the QP is removed once");
        assert_eq!(cm.established(), 0);
        // The QP is free again.
        let [(_, next), ..] = connection(1, 0x12).frames();
        assert!(matches!(cm.receive(&next).1.as_slice(), [CoreChange::Configure(QpSetup { qp: 0, .. })]));
    }
}
