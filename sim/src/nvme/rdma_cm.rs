//! The RDMA-CM exchange that sets an NVMe-oF queue's RC connection up (ConnectRequest, ConnectReply,
//! ReadyToUse as CM MADs on QP 1), written at the start of a pcap so that tshark knows each QP pair
//! for what it is: its NVMe-over-RDMA dissector labels a QP's traffic as NVMe only after it has
//! seen the CM ConnectRequest with the NVMe service ID (TCP port 4420 in the RDMA IP CM service
//! space) and the NVMe private data (queue ID). The NIC core never sees these frames: connection
//! set-up is software's (the core counts QP 1 traffic as `rx_not_served`).
//!
//! Layouts: IBA vol. 1 §13.4 (MAD header), §12.6 (CM REQ, REP, RTU), Annex A11 (RDMA IP CM service
//! and its private data header); NVMe over Fabrics, RDMA transport binding (CM private data).

use crate::models::tx_builder::{frame, TxDescriptor};

/// The RDMA IP CM service ID of a TCP port: prefix 0x0000000001, protocol 6, port.
pub fn service_id(port: u16) -> u64 {
    0x0000_0000_0100_0000 | 0x06 << 16 | port as u64
}

/// The NVMe-oF port (IANA).
pub const NVME_PORT: u16 = 4420;
pub const GSI_QP: u32 = 1;
pub const GSI_QKEY: u32 = 0x8001_0000;
pub const UD_SEND_ONLY: u8 = 0x64;
pub const CM_CLASS: u8 = 0x07;
pub const ATTR_REQ: u16 = 0x0010;
pub const ATTR_REJ: u16 = 0x0012;
pub const ATTR_REP: u16 = 0x0013;
pub const ATTR_RTU: u16 = 0x0014;
pub const ATTR_DREQ: u16 = 0x0015;
pub const ATTR_DREP: u16 = 0x0016;
pub const MAD_BYTES: usize = 256;
pub const MAD_HEADER_BYTES: usize = 24;

/// One side of a connection: its MAC, IPv4 address, QPN and first PSN.
#[derive(Clone, Copy, Debug)]
pub struct Endpoint {
    pub mac: u64,
    pub ip: u32,
    pub qpn: u32,
    pub psn: u32,
}

/// An RC connection for one NVMe queue: the host connects, the NIC accepts.
#[derive(Clone, Copy, Debug)]
pub struct Connection {
    pub host: Endpoint,
    pub nic: Endpoint,
    /// NVMe queue ID: 0 the admin queue.
    pub qid: u16,
    /// Queue entries (host receive / send queue size, the controller's receive queue size).
    pub depth: u16,
    /// Path MTU code of the REQ (1 = 256 … 5 = 4096).
    pub mtu_code: u8,
}

/// IPv4-mapped IPv6 address, as RoCEv2 GIDs carry an IPv4 address.
pub fn gid(ip: u32) -> [u8; 16] {
    let mut g = [0u8; 16];
    g[10] = 0xFF;
    g[11] = 0xFF;
    g[12..].copy_from_slice(&ip.to_be_bytes());
    g
}

fn put(mad: &mut [u8], at: usize, bytes: &[u8]) {
    mad[at..at + bytes.len()].copy_from_slice(bytes);
}

/// A CM MAD: the common header, then the attribute's data at byte 24.
pub fn mad(transaction: u64, attribute: u16, data: &[(usize, &[u8])]) -> Vec<u8> {
    let mut m = vec![0u8; MAD_BYTES];
    // Base version 1, class CM, class version 2, method Send.
    put(&mut m, 0, &[1, CM_CLASS, 2, 0x03]);
    put(&mut m, 8, &transaction.to_be_bytes());
    put(&mut m, 16, &attribute.to_be_bytes());
    for (at, bytes) in data {
        put(&mut m, MAD_HEADER_BYTES + at, bytes);
    }
    m
}

/// A UD SEND Only to QP 1 carrying `mad`, from `from` to `to`.
pub fn gsi_frame(from: &Endpoint, to: &Endpoint, mad: &[u8]) -> Vec<u8> {
    let desc = TxDescriptor {
        dst_mac: to.mac,
        src_mac: from.mac,
        src_ip: from.ip,
        dst_ip: to.ip,
        udp_src_port: 0xC000,
        opcode: UD_SEND_ONLY,
        pkey: 0xFFFF,
        dest_qp: GSI_QP,
        psn: 0,
        deth_qkey: GSI_QKEY,
        deth_src_qp: GSI_QP,
        payload_length: mad.len(),
        ..Default::default()
    };
    frame(&desc, mad, false)
}

impl Connection {
    /// ConnectRequest (host → NIC), ConnectReply (NIC → host), ReadyToUse (host → NIC).
    pub fn frames(&self) -> [(bool, Vec<u8>); 3] {
        let (host, nic) = (&self.host, &self.nic);
        let transaction = 0x4E56_4D45_0000_0000 | self.qid as u64;
        let host_comm = 0x1000_0000 | self.qid as u32;
        let nic_comm = 0x2000_0000 | self.qid as u32;
        let qpn_and = |qpn: u32, low: u8| ((qpn & 0xFF_FFFF) << 8 | low as u32).to_be_bytes();
        // REQ private data: the RDMA IP CM header (version, IPv4, source port, addresses), then
        // the NVMe-oF record: format 0, queue ID, host receive / send queue sizes, controller ID.
        let mut private = [0u8; 92];
        private[1] = 0x40;
        private[2..4].copy_from_slice(&0xC000u16.to_be_bytes());
        private[16..20].copy_from_slice(&host.ip.to_be_bytes());
        private[32..36].copy_from_slice(&nic.ip.to_be_bytes());
        private[38..40].copy_from_slice(&self.qid.to_le_bytes());
        private[40..42].copy_from_slice(&self.depth.to_le_bytes());
        private[42..44].copy_from_slice(&(self.depth - 1).to_le_bytes());
        private[44..46].copy_from_slice(&0xFFFFu16.to_le_bytes());
        let request = mad(
            transaction,
            ATTR_REQ,
            &[
                (0, &host_comm.to_be_bytes()),
                (8, &service_id(NVME_PORT).to_be_bytes()),
                (28, &0u32.to_be_bytes()),
                // Local QPN, responder resources; local EECN, initiator depth.
                (32, &qpn_and(host.qpn, 16)),
                (36, &qpn_and(0, 16)),
                // Remote EECN; remote CM response timeout, RC (0), no end-to-end flow control.
                (40, &qpn_and(0, 20 << 3)),
                // Starting PSN (the first the requester's peer sends: the NIC's, as Linux's CM
                // sets its receive PSN from it); local CM response timeout, retry count 7.
                (44, &qpn_and(nic.psn, 20 << 3 | 7)),
                (48, &0xFFFFu16.to_be_bytes()),
                // Path MTU, RNR retry 7; max CM retries 15.
                (50, &[self.mtu_code << 4 | 7, 15 << 4]),
                // RoCE has no LIDs: permissive.
                (52, &[0xFF, 0xFF, 0xFF, 0xFF]),
                (56, &gid(host.ip)),
                (72, &gid(nic.ip)),
                (93, &[64]),
                (95, &[18 << 3]),
                (140, &private),
            ],
        );
        let mut accepted = [0u8; 32];
        accepted[2..4].copy_from_slice(&self.depth.to_le_bytes());
        let reply = mad(
            transaction,
            ATTR_REP,
            &[
                (0, &nic_comm.to_be_bytes()),
                (4, &host_comm.to_be_bytes()),
                (12, &qpn_and(nic.qpn, 0)),
                // Starting PSN: the first the host sends.
                (20, &qpn_and(host.psn, 0)),
                (24, &[16, 16, 18 << 3, 7 << 5]),
                (36, &accepted),
            ],
        );
        let ready = mad(transaction, ATTR_RTU, &[(0, &host_comm.to_be_bytes()), (4, &nic_comm.to_be_bytes())]);
        [(true, gsi_frame(host, nic, &request)), (false, gsi_frame(nic, host, &reply)), (true, gsi_frame(host, nic, &ready))]
    }
}
