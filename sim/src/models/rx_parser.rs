//! Reference model of the RoCEv2 receive parser, written from the wire format (docs/rx-parser.md) and
//! the parser's contract (docs/rx-parser.md), not from the RTL: a frame in, its descriptor,
//! payload beats and verdict out. Checks run in the order of `DropCause`; a check whose bytes
//! the frame does not carry (in whole beats: see `needs`) is not made and the frame is
//! `Truncated` instead. Missing bytes read as zero in the descriptor.

use super::icrc::icrc;
use nic_hdl::roce::wire::{self, opcode_info, DropCause, PayloadRule};

#[derive(Clone, Copy, Debug)]
pub struct ParserConfig {
    pub pkey: u16,
    pub path_mtu: usize,
}

impl Default for ParserConfig {
    fn default() -> Self {
        Self { pkey: wire::DEFAULT_PKEY, path_mtu: 1024 }
    }
}

/// The descriptor, field for field as the RTL's `desc_*` ports carry it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Descriptor {
    pub dst_mac: u64,
    pub src_mac: u64,
    pub src_ip: u64,
    pub dst_ip: u64,
    pub ip_dscp: u64,
    pub ip_ecn: u64,
    pub udp_src_port: u64,
    pub udp_dst_port: u64,
    pub opcode: u64,
    pub solicited: u64,
    pub mig_req: u64,
    pub pad_count: u64,
    pub tver: u64,
    pub pkey: u64,
    pub fecn: u64,
    pub becn: u64,
    pub dest_qp: u64,
    pub ack_req: u64,
    pub psn: u64,
    pub has_reth: u64,
    pub reth_va: u64,
    pub reth_rkey: u64,
    pub reth_dma_length: u64,
    pub has_aeth: u64,
    pub aeth_syndrome: u64,
    pub aeth_msn: u64,
    pub has_immdt: u64,
    pub immdt: u64,
    pub has_ieth: u64,
    pub ieth_rkey: u64,
    pub has_deth: u64,
    pub deth_qkey: u64,
    pub deth_src_qp: u64,
    pub payload_length: u64,
    pub has_payload: u64,
}

/// One beat of the payload stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayloadBeat {
    pub data: u64,
    pub keep: u8,
    pub last: bool,
    /// On the last beat: the frame ended before its payload did.
    pub user: bool,
}

/// What the parser makes of one frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub descriptor: Descriptor,
    pub payload: Vec<PayloadBeat>,
    /// 0 (accepted) or a `DropCause` code.
    pub verdict: u8,
}

impl Parsed {
    pub fn cause(&self) -> Option<DropCause> {
        DropCause::from_code(self.verdict)
    }

    /// The payload as bytes (each beat's kept bytes, in order).
    pub fn payload_bytes(&self) -> Vec<u8> {
        self.payload.iter().flat_map(|b| b.data.to_le_bytes().into_iter().take(b.keep.count_ones() as usize)).collect()
    }
}

/// Big-endian field of `n` bytes at `at`; bytes past the frame are zero.
fn field(frame: &[u8], at: usize, n: usize) -> u64 {
    (at..at + n).fold(0, |acc, i| acc << 8 | *frame.get(i).unwrap_or(&0) as u64)
}

/// Parses `frame` (Ethernet without FCS); `mac_error` is the OR of `tuser` over its beats.
pub fn parse(frame: &[u8], mac_error: bool, config: &ParserConfig) -> Parsed {
    let len = frame.len();
    let byte = |i: usize| *frame.get(i).unwrap_or(&0);
    let opcode = byte(wire::BTH_OFFSET);
    let info = opcode_info(opcode);
    let ext_len = info.map_or(0, |i| i.ext_len());
    let header_end = wire::EXT_OFFSET + ext_len;
    let ip_len = field(frame, 16, 2) as i64;
    let udp_len = field(frame, 38, 2) as i64;
    let pad = (byte(43) >> 4 & 3) as i64;
    let room = ip_len - (wire::IP_OVERHEAD + ext_len) as i64 - pad;
    let mtu = config.path_mtu as i64;

    // Checks in order. A group needs whole beats: the beat holding its last byte complete.
    let needs = |bytes: usize| len >= bytes;
    let ethertype = field(frame, 12, 2) as u16;
    let (version, ihl) = (byte(14) >> 4, byte(14) & 0xF);
    let header_length = udp_len != (ip_len - 20).rem_euclid(1 << 16) || room < 0;
    let structural = |c: DropCause| !matches!(c, DropCause::MacError | DropCause::IpChecksum | DropCause::Truncated);
    let checks: Vec<(usize, bool, DropCause)> = vec![
        (16, ethertype == wire::ETHERTYPE_VLAN || ethertype == wire::ETHERTYPE_QINQ, DropCause::VlanTagged),
        (16, ethertype == wire::ETHERTYPE_IPV6, DropCause::Ipv6),
        (16, ![wire::ETHERTYPE_IPV4, wire::ETHERTYPE_IPV6, wire::ETHERTYPE_VLAN, wire::ETHERTYPE_QINQ].contains(&ethertype), DropCause::EtherType),
        (16, version != 4 || ihl < 5, DropCause::IpHeader),
        (16, version == 4 && ihl > 5, DropCause::IpOptions),
        (24, field(frame, 20, 2) & 0x3FFF != 0, DropCause::IpFragment),
        (24, byte(23) != wire::IP_PROTOCOL_UDP, DropCause::NotUdp),
        (40, !ipv4_checksum_ok(frame), DropCause::IpChecksum),
        (40, field(frame, 36, 2) != wire::ROCEV2_UDP_PORT as u64, DropCause::UdpPort),
        (48, byte(43) & 0xF != 0, DropCause::BthVersion),
        (48, info.is_none(), DropCause::Opcode),
        (48, field(frame, 44, 2) & 0x7FFF != config.pkey as u64 & 0x7FFF, DropCause::Pkey),
        (header_end, false, DropCause::Truncated),
        (header_end, header_length, DropCause::Length),
        (header_end, room > mtu, DropCause::TooLong),
        (header_end, payload_length_illegal(info.map(|i| i.rule), room, pad, mtu), DropCause::PayloadLength),
    ];
    let mut cause = None;
    let header_complete = info.is_some() && needs(header_end);
    for &(bytes, failed, check) in &checks {
        if !needs(bytes) {
            cause = Some(DropCause::Truncated);
            break;
        }
        if failed {
            cause = Some(check);
            break;
        }
    }
    // Structural errors keep the payload off the stream; the ones after the headers do not.
    let structural_error = checks.iter().any(|&(bytes, failed, c)| failed && structural(c) && needs(bytes));
    let ip_end = wire::ETH_LEN + ip_len as usize;
    if cause.is_none() {
        let length_ok = len == ip_end || (len == wire::MIN_FRAME && ip_end < wire::MIN_FRAME);
        if !length_ok {
            cause = Some(DropCause::Length);
        } else {
            let body = &frame[..ip_end - wire::ICRC_LEN];
            let carried = u32::from_le_bytes(frame[ip_end - wire::ICRC_LEN..ip_end].try_into().unwrap());
            if icrc(body) != Ok(carried) {
                cause = Some(DropCause::Icrc);
            }
        }
    }
    if mac_error {
        cause = Some(DropCause::MacError);
    }

    let has = |f: fn(&wire::OpcodeInfo) -> bool| info.as_ref().is_some_and(f);
    let (reth, aeth, immdt, ieth, deth) = (has(|i| i.reth), has(|i| i.aeth), has(|i| i.immdt), has(|i| i.ieth), has(|i| i.deth));
    let ext = |offset: usize, n: usize| field(frame, wire::EXT_OFFSET + offset, n);
    let gate = |present: bool, value: u64| if present { value } else { 0 };
    let immdt_offset = if reth { 16 } else if deth { 8 } else { 0 };
    let payload_length = if header_complete && !header_length { room as u64 } else { 0 };
    let has_payload = header_complete && !structural_error && room > 0;
    let descriptor = Descriptor {
        dst_mac: field(frame, 0, 6),
        src_mac: field(frame, 6, 6),
        src_ip: field(frame, 26, 4),
        dst_ip: field(frame, 30, 4),
        ip_dscp: (byte(15) >> 2) as u64,
        ip_ecn: (byte(15) & 3) as u64,
        udp_src_port: field(frame, 34, 2),
        udp_dst_port: field(frame, 36, 2),
        opcode: opcode as u64,
        solicited: (byte(43) >> 7) as u64,
        mig_req: (byte(43) >> 6 & 1) as u64,
        pad_count: pad as u64,
        tver: (byte(43) & 0xF) as u64,
        pkey: field(frame, 44, 2),
        fecn: (byte(46) >> 7) as u64,
        becn: (byte(46) >> 6 & 1) as u64,
        dest_qp: field(frame, 47, 3),
        ack_req: (byte(50) >> 7) as u64,
        psn: field(frame, 51, 3),
        has_reth: reth as u64,
        reth_va: gate(reth, ext(0, 8)),
        reth_rkey: gate(reth, ext(8, 4)),
        reth_dma_length: gate(reth, ext(12, 4)),
        has_aeth: aeth as u64,
        aeth_syndrome: gate(aeth, ext(0, 1)),
        aeth_msn: gate(aeth, ext(1, 3)),
        has_immdt: immdt as u64,
        immdt: gate(immdt, ext(immdt_offset, 4)),
        has_ieth: ieth as u64,
        ieth_rkey: gate(ieth, ext(0, 4)),
        has_deth: deth as u64,
        deth_qkey: gate(deth, ext(0, 4)),
        deth_src_qp: gate(deth, ext(5, 3)),
        payload_length,
        has_payload: has_payload as u64,
    };

    let mut payload = Vec::new();
    if has_payload {
        let end = header_end + room as usize;
        let bytes = &frame[header_end.min(len)..end.min(len)];
        let truncated = len < end;
        for (i, chunk) in bytes.chunks(8).enumerate() {
            let last = (i + 1) * 8 >= bytes.len();
            let data = chunk.iter().rev().fold(0u64, |acc, &b| acc << 8 | b as u64);
            let keep = ((1u16 << chunk.len()) - 1) as u8;
            payload.push(PayloadBeat { data, keep, last, user: last && truncated });
        }
        if bytes.is_empty() {
            payload.push(PayloadBeat { data: 0, keep: 0, last: true, user: true });
        }
    }
    Parsed { descriptor, payload, verdict: cause.map_or(wire::VERDICT_ACCEPTED, |c| c.code()) }
}

/// The IPv4 header (bytes 14..34) sums to 0xFFFF in ones' complement.
fn ipv4_checksum_ok(frame: &[u8]) -> bool {
    let mut sum: u32 = (14..34).step_by(2).map(|i| field(frame, i, 2) as u32).sum();
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    sum == 0xFFFF
}

fn payload_length_illegal(rule: Option<PayloadRule>, room: i64, pad: i64, mtu: i64) -> bool {
    let misaligned = (room + pad).rem_euclid(4) != 0;
    misaligned
        || match rule {
            Some(PayloadRule::Empty) => room != 0,
            Some(PayloadRule::ExactlyMtu) => room != mtu,
            Some(PayloadRule::OneToMtu) => room == 0,
            Some(PayloadRule::UpToMtu) | None => false,
        }
}
