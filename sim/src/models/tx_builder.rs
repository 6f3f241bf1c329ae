//! Reference model of the RoCEv2 packet builder, written from the wire format (docs/tx-builder.md) and
//! the builder's contract (docs/tx-builder.md), not from the RTL: a descriptor and the payload
//! packet as the stream carries it in, the frame that must leave (or none) out.

use super::icrc::{icrc, icrc_bytes};
use super::ipv4::ipv4_checksum;
use nic_hdl::roce::tx_builder::{IPV4_FLAGS_DF, IPV4_TTL, MAX_PAYLOAD};
use nic_hdl::roce::wire::{self, opcode_info, PayloadRule};

/// One packet to send, field for field as the RTL's `desc_*` ports take it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TxDescriptor {
    pub dst_mac: u64,
    pub src_mac: u64,
    pub src_ip: u32,
    pub dst_ip: u32,
    pub ip_dscp: u8,
    pub ip_ecn: u8,
    pub udp_src_port: u16,
    pub opcode: u8,
    pub solicited: bool,
    pub mig_req: bool,
    pub pkey: u16,
    pub fecn: bool,
    pub becn: bool,
    pub dest_qp: u32,
    pub ack_req: bool,
    pub psn: u32,
    pub reth_va: u64,
    pub reth_rkey: u32,
    pub reth_dma_length: u32,
    pub aeth_syndrome: u8,
    pub aeth_msn: u32,
    pub immdt: u32,
    pub ieth_rkey: u32,
    pub deth_qkey: u32,
    pub deth_src_qp: u32,
    pub payload_length: usize,
}

impl TxDescriptor {
    /// The builder sends nothing for it: unknown opcode, payload too long, or a payload on an
    /// opcode that has none.
    pub fn refused(&self) -> bool {
        match opcode_info(self.opcode) {
            None => true,
            Some(info) => {
                self.payload_length as u64 > MAX_PAYLOAD || (info.rule == PayloadRule::Empty && self.payload_length != 0)
            }
        }
    }

    /// Payload beats the builder takes from the stream for it.
    pub fn payload_beats(&self) -> usize {
        self.payload_length.div_ceil(8)
    }
}

/// What the builder does with one descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// The frame sent, or `None` for a refused descriptor.
    pub frame: Option<Vec<u8>>,
    /// The payload packet did not have the descriptor's length (the frame's ICRC is inverted).
    pub mismatch: bool,
}

/// The frame for `desc` carrying `payload` (exactly its length), with the ICRC inverted when
/// `stomp`.
pub fn frame(desc: &TxDescriptor, payload: &[u8], stomp: bool) -> Vec<u8> {
    let info = opcode_info(desc.opcode).expect("a supported opcode");
    assert_eq!(payload.len(), desc.payload_length);
    let pad = (4 - payload.len() % 4) % 4;
    let ip_length = wire::IP_OVERHEAD + info.ext_len() + payload.len() + pad;
    let mut f = Vec::with_capacity(wire::ETH_LEN + ip_length);
    f.extend(&desc.dst_mac.to_be_bytes()[2..]);
    f.extend(&desc.src_mac.to_be_bytes()[2..]);
    f.extend(wire::ETHERTYPE_IPV4.to_be_bytes());
    f.extend([0x45, desc.ip_dscp << 2 | desc.ip_ecn]);
    f.extend((ip_length as u16).to_be_bytes());
    f.extend([0, 0]);
    f.extend(IPV4_FLAGS_DF.to_be_bytes());
    f.extend([IPV4_TTL, wire::IP_PROTOCOL_UDP, 0, 0]);
    f.extend(desc.src_ip.to_be_bytes());
    f.extend(desc.dst_ip.to_be_bytes());
    let checksum = ipv4_checksum(&f[wire::ETH_LEN..]);
    f[24..26].copy_from_slice(&checksum.to_be_bytes());
    f.extend(desc.udp_src_port.to_be_bytes());
    f.extend(wire::ROCEV2_UDP_PORT.to_be_bytes());
    f.extend(((ip_length - wire::IPV4_LEN) as u16).to_be_bytes());
    f.extend([0, 0]);
    f.extend([desc.opcode, (desc.solicited as u8) << 7 | (desc.mig_req as u8) << 6 | (pad as u8) << 4]);
    f.extend(desc.pkey.to_be_bytes());
    f.push((desc.fecn as u8) << 7 | (desc.becn as u8) << 6);
    f.extend(&desc.dest_qp.to_be_bytes()[1..]);
    f.push((desc.ack_req as u8) << 7);
    f.extend(&desc.psn.to_be_bytes()[1..]);
    if info.reth {
        f.extend(desc.reth_va.to_be_bytes());
        f.extend(desc.reth_rkey.to_be_bytes());
        f.extend(desc.reth_dma_length.to_be_bytes());
    }
    if info.deth {
        f.extend(desc.deth_qkey.to_be_bytes());
        f.push(0);
        f.extend(&desc.deth_src_qp.to_be_bytes()[1..]);
    }
    if info.aeth {
        f.push(desc.aeth_syndrome);
        f.extend(&desc.aeth_msn.to_be_bytes()[1..]);
    }
    if info.ieth {
        f.extend(desc.ieth_rkey.to_be_bytes());
    }
    if info.immdt {
        f.extend(desc.immdt.to_be_bytes());
    }
    f.extend(payload);
    f.extend(std::iter::repeat_n(0, pad));
    let crc = icrc(&f).expect("a RoCEv2 frame");
    f.extend(icrc_bytes(if stomp { !crc } else { crc }));
    if f.len() < wire::MIN_FRAME {
        f.resize(wire::MIN_FRAME, 0);
    }
    f
}

/// What the builder sends for `desc` given the payload packet the stream carries for it (all
/// bytes of every beat, `tkeep` not read; empty when the descriptor has no payload).
pub fn expected(desc: &TxDescriptor, packet: &[[u8; 8]]) -> Expected {
    if desc.refused() {
        return Expected { frame: None, mismatch: false };
    }
    let needed = desc.payload_beats();
    let mismatch = packet.len() != needed;
    // An early end leaves zeros; a long packet is cut.
    let mut bytes: Vec<u8> = packet.iter().take(needed).flatten().copied().collect();
    bytes.resize(needed * 8, 0);
    bytes.truncate(desc.payload_length);
    Expected { frame: Some(frame(desc, &bytes, mismatch)), mismatch }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::rx_parser::{parse, ParserConfig};

    fn ack() -> TxDescriptor {
        TxDescriptor { opcode: 0x11, pkey: 0xFFFF, dest_qp: 0x12, psn: 7, aeth_syndrome: 0x1F, aeth_msn: 3, ..Default::default() }
    }

    #[test]
    fn an_ack_is_62_bytes_and_the_parser_model_accepts_it() {
        let f = frame(&ack(), &[], false);
        assert_eq!(f.len(), 62);
        let parsed = parse(&f, false, &ParserConfig::default());
        assert_eq!(parsed.verdict, 0);
        assert_eq!((parsed.descriptor.psn, parsed.descriptor.aeth_msn, parsed.descriptor.dest_qp), (7, 3, 0x12));
    }

    #[test]
    fn a_stomped_frame_fails_the_icrc_and_short_frames_are_padded() {
        let send = TxDescriptor { opcode: 0x04, pkey: 0xFFFF, ..Default::default() };
        let f = frame(&send, &[], true);
        assert_eq!(f.len(), wire::MIN_FRAME);
        assert_eq!(parse(&f, false, &ParserConfig::default()).verdict, wire::DropCause::Icrc.code());
    }

    #[test]
    fn short_and_long_packets_are_mismatches_and_refused_descriptors_send_nothing() {
        let send = TxDescriptor { opcode: 0x04, pkey: 0xFFFF, payload_length: 20, ..Default::default() };
        let beats = [[1u8; 8]; 4];
        assert!(!expected(&send, &beats[..3]).mismatch);
        assert!(expected(&send, &beats[..2]).mismatch);
        assert!(expected(&send, &beats).mismatch);
        assert_eq!(expected(&TxDescriptor { opcode: 0x13, ..send.clone() }, &beats[..3]).frame, None);
        assert_eq!(expected(&TxDescriptor { payload_length: 4097, ..send }, &[]).frame, None);
        assert_eq!(expected(&TxDescriptor { payload_length: 4, ..ack() }, &[[0; 8]]).frame, None);
    }
}
