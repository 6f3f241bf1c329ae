//! RoCEv2 wire-format facts shared by the RTL, the reference models and the documentation:
//! byte offsets of the one layout the parser accepts (untagged Ethernet, IPv4 without options,
//! UDP, BTH), the opcodes it supports with their extension headers, and the drop causes.

/// Ethernet header (no VLAN tag; the MAC strips the FCS).
pub const ETH_LEN: usize = 14;
pub const IPV4_LEN: usize = 20;
pub const UDP_LEN: usize = 8;
pub const BTH_LEN: usize = 12;
pub const ICRC_LEN: usize = 4;
/// Offset of the BTH in a frame; extension headers follow it.
pub const BTH_OFFSET: usize = ETH_LEN + IPV4_LEN + UDP_LEN;
pub const EXT_OFFSET: usize = BTH_OFFSET + BTH_LEN;
/// IPv4 + UDP + BTH + ICRC: the IP total length of a packet with no extension header or payload.
pub const IP_OVERHEAD: usize = IPV4_LEN + UDP_LEN + BTH_LEN + ICRC_LEN;
/// Ethernet's minimum frame without FCS: shorter packets arrive zero-padded to this length.
pub const MIN_FRAME: usize = 60;

pub const ETHERTYPE_IPV4: u16 = 0x0800;
pub const ETHERTYPE_IPV6: u16 = 0x86DD;
pub const ETHERTYPE_VLAN: u16 = 0x8100;
pub const ETHERTYPE_QINQ: u16 = 0x88A8;
pub const IP_PROTOCOL_UDP: u8 = 17;
pub const ROCEV2_UDP_PORT: u16 = 4791;
/// Path MTUs an RC QP may use (InfiniBand 256..4096).
pub const PATH_MTUS: [usize; 5] = [256, 512, 1024, 2048, 4096];
/// The default partition key (full member of the default partition).
pub const DEFAULT_PKEY: u16 = 0xFFFF;

/// Which payload lengths an opcode allows (`mtu` is the path MTU).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PayloadRule {
    /// ACK, READ Request: no payload and no pad.
    Empty = 0,
    /// First and Middle packets: exactly the path MTU.
    ExactlyMtu = 1,
    /// Last packets: 1 to MTU bytes.
    OneToMtu = 2,
    /// Only packets: 0 to MTU bytes.
    UpToMtu = 3,
}

/// What the parser knows about a supported opcode.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OpcodeInfo {
    pub name: &'static str,
    pub rule: PayloadRule,
    pub reth: bool,
    pub aeth: bool,
    pub immdt: bool,
    pub ieth: bool,
    pub deth: bool,
}

impl OpcodeInfo {
    /// Bytes of extension headers between the BTH and the payload.
    pub fn ext_len(&self) -> usize {
        16 * self.reth as usize + 4 * (self.aeth as usize + self.immdt as usize + self.ieth as usize) + 8 * self.deth as usize
    }
}

const fn op(name: &'static str, rule: PayloadRule, reth: bool, aeth: bool, immdt: bool, ieth: bool, deth: bool) -> OpcodeInfo {
    OpcodeInfo { name, rule, reth, aeth, immdt, ieth, deth }
}

use PayloadRule::*;

/// Every opcode the parser accepts (docs/rx-parser.md): RC SEND, RDMA WRITE, READ, ACK, SEND with
/// Invalidate; UD SEND Only (QP1 connection management); and the RoCEv2 CNP, whose 16 reserved
/// bytes arrive as payload. Anything else is dropped as `Opcode`.
pub const OPCODES: [(u8, OpcodeInfo); 23] = [
    (0x00, op("RC SEND First", ExactlyMtu, false, false, false, false, false)),
    (0x01, op("RC SEND Middle", ExactlyMtu, false, false, false, false, false)),
    (0x02, op("RC SEND Last", OneToMtu, false, false, false, false, false)),
    (0x03, op("RC SEND Last with Immediate", OneToMtu, false, false, true, false, false)),
    (0x04, op("RC SEND Only", UpToMtu, false, false, false, false, false)),
    (0x05, op("RC SEND Only with Immediate", UpToMtu, false, false, true, false, false)),
    (0x06, op("RC RDMA WRITE First", ExactlyMtu, true, false, false, false, false)),
    (0x07, op("RC RDMA WRITE Middle", ExactlyMtu, false, false, false, false, false)),
    (0x08, op("RC RDMA WRITE Last", OneToMtu, false, false, false, false, false)),
    (0x09, op("RC RDMA WRITE Last with Immediate", OneToMtu, false, false, true, false, false)),
    (0x0A, op("RC RDMA WRITE Only", UpToMtu, true, false, false, false, false)),
    (0x0B, op("RC RDMA WRITE Only with Immediate", UpToMtu, true, false, true, false, false)),
    (0x0C, op("RC RDMA READ Request", Empty, true, false, false, false, false)),
    (0x0D, op("RC RDMA READ Response First", ExactlyMtu, false, true, false, false, false)),
    (0x0E, op("RC RDMA READ Response Middle", ExactlyMtu, false, false, false, false, false)),
    (0x0F, op("RC RDMA READ Response Last", OneToMtu, false, true, false, false, false)),
    (0x10, op("RC RDMA READ Response Only", UpToMtu, false, true, false, false, false)),
    (0x11, op("RC Acknowledge", Empty, false, true, false, false, false)),
    (0x16, op("RC SEND Last with Invalidate", OneToMtu, false, false, false, true, false)),
    (0x17, op("RC SEND Only with Invalidate", UpToMtu, false, false, false, true, false)),
    (0x64, op("UD SEND Only", UpToMtu, false, false, false, false, true)),
    (0x65, op("UD SEND Only with Immediate", UpToMtu, false, false, true, false, true)),
    (0x81, op("CNP", UpToMtu, false, false, false, false, false)),
];

/// The parser's view of `opcode`, or `None` when it drops the frame as unsupported.
pub fn opcode_info(opcode: u8) -> Option<OpcodeInfo> {
    OPCODES.iter().find(|(code, _)| *code == opcode).map(|(_, info)| *info)
}

/// Why the parser dropped a frame. The code is what the verdict stream and the counters carry;
/// the order is the order the checks are made in (the first failing check names the frame).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DropCause {
    /// The MAC flagged the frame (`tuser` on any beat).
    MacError = 1,
    /// A VLAN or QinQ tag (0x8100 / 0x88A8): the MAC is expected to strip tags.
    VlanTagged = 2,
    /// EtherType 0x86DD: RoCEv2 over IPv6 is not supported yet.
    Ipv6 = 3,
    /// Any other EtherType.
    EtherType = 4,
    /// IP version is not 4, or IHL below 5.
    IpHeader = 5,
    /// IHL above 5: RoCEv2 senders never use IPv4 options.
    IpOptions = 6,
    /// More-fragments set or a non-zero fragment offset.
    IpFragment = 7,
    /// IP protocol is not UDP.
    NotUdp = 8,
    /// The IPv4 header checksum does not verify.
    IpChecksum = 9,
    /// UDP destination port is not 4791.
    UdpPort = 10,
    /// BTH transport version is not 0.
    BthVersion = 11,
    /// An opcode the parser does not support.
    Opcode = 12,
    /// P_Key does not match the configured partition (low 15 bits).
    Pkey = 13,
    /// The frame ended before its headers did.
    Truncated = 14,
    /// IP, UDP and frame lengths disagree, or leave no room for the headers.
    Length = 15,
    /// The payload is longer than the path MTU.
    TooLong = 16,
    /// A payload length (or pad) the opcode does not allow.
    PayloadLength = 17,
    /// The ICRC does not match.
    Icrc = 18,
}

impl DropCause {
    pub const ALL: [DropCause; 18] = [
        DropCause::MacError,
        DropCause::VlanTagged,
        DropCause::Ipv6,
        DropCause::EtherType,
        DropCause::IpHeader,
        DropCause::IpOptions,
        DropCause::IpFragment,
        DropCause::NotUdp,
        DropCause::IpChecksum,
        DropCause::UdpPort,
        DropCause::BthVersion,
        DropCause::Opcode,
        DropCause::Pkey,
        DropCause::Truncated,
        DropCause::Length,
        DropCause::TooLong,
        DropCause::PayloadLength,
        DropCause::Icrc,
    ];

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<DropCause> {
        DropCause::ALL.iter().copied().find(|c| c.code() == code)
    }

    /// The name counters and JSON use.
    pub fn name(self) -> &'static str {
        match self {
            DropCause::MacError => "mac_error",
            DropCause::VlanTagged => "vlan_tagged",
            DropCause::Ipv6 => "ipv6",
            DropCause::EtherType => "ethertype",
            DropCause::IpHeader => "ip_header",
            DropCause::IpOptions => "ip_options",
            DropCause::IpFragment => "ip_fragment",
            DropCause::NotUdp => "not_udp",
            DropCause::IpChecksum => "ip_checksum",
            DropCause::UdpPort => "udp_port",
            DropCause::BthVersion => "bth_version",
            DropCause::Opcode => "opcode",
            DropCause::Pkey => "pkey",
            DropCause::Truncated => "truncated",
            DropCause::Length => "length",
            DropCause::TooLong => "too_long",
            DropCause::PayloadLength => "payload_length",
            DropCause::Icrc => "icrc",
        }
    }
}

/// Verdict code of an accepted frame; drop causes use their own codes.
pub const VERDICT_ACCEPTED: u8 = 0;
/// Counters kept by the parser: accepted frames (index 0) and one per drop cause (its code).
pub const RX_COUNTERS: usize = DropCause::ALL.len() + 1;
