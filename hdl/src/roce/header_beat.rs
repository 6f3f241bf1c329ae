//! The packet builder's headers: one beat of a frame's Ethernet, IPv4, UDP, BTH and extension
//! headers (those the opcode has, in its order), from the descriptor being sent, its opcode's
//! extension headers and the lengths and checksum of its frame's layout (docs/tx-builder.md).
//! Combinational: `phase` (one-hot, header beat 0..9) picks the beat, none gives a zero word;
//! `word` has the beat's first byte in bits 7:0.

use super::tx_builder::{TxDescriptor, IPV4_FLAGS_DF, IPV4_TTL};
use super::wire;
use super::xor_network::XorNetwork;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct HeaderBeat {
    pub descriptor: Signal<In, TxDescriptor>,
    /// The opcode's extension headers (its entry in `opcode_table`).
    pub reth: Signal<In, Bit>,
    pub aeth: Signal<In, Bit>,
    pub deth: Signal<In, Bit>,
    pub ieth: Signal<In, Bit>,
    pub immdt: Signal<In, Bit>,
    /// From the layout: BTH pad count, IPv4 total length, UDP length, IPv4 header checksum.
    pub pad: Signal<In, Bits<2>>,
    pub ip_length: Signal<In, Bits<16>>,
    pub udp_length: Signal<In, Bits<16>>,
    pub checksum: Signal<In, Bits<16>>,
    /// One-hot: header beat 0..9.
    pub phase: Signal<In, Bits<10>>,
    pub word: Signal<Out, Bits<64>>,
    byte_swap: XorNetwork<64, 64>,
    // Fields sliced further (hdl_gen slices one level at a time).
    src_mac: Signal<Local, Bits<48>>,
    dst_ip: Signal<Local, Bits<32>>,
    dest_qp: Signal<Local, Bits<24>>,
    /// The extension headers, first byte in the top bits.
    ext: Signal<Local, Bits<160>>,
    /// BTH bytes 1 (SE, M, PadCnt, TVer 0), 4 (FECN, BECN) and 8 (AckReq).
    bth_flags: Signal<Local, Bits<8>>,
    bth_congestion: Signal<Local, Bits<8>>,
    bth_ack: Signal<Local, Bits<8>>,
    header_be: Signal<Local, Bits<64>>,
    zero_word: Constant<Bits<64>>,
    no_ext: Constant<Bits<160>>,
    no_flags: Constant<Bits<8>>,
    top_bit: Constant<Bits<8>>,
    second_bit: Constant<Bits<8>>,
    /// The fixed fields of beats 1, 2 and 4: EtherType and IPv4 version/IHL; flags, TTL and
    /// protocol; the UDP destination port.
    beat1_fixed: Constant<Bits<64>>,
    beat2_fixed: Constant<Bits<64>>,
    beat4_fixed: Constant<Bits<64>>,
}

impl Default for HeaderBeat {
    fn default() -> Self {
        Self {
            descriptor: Default::default(),
            reth: Default::default(),
            aeth: Default::default(),
            deth: Default::default(),
            ieth: Default::default(),
            immdt: Default::default(),
            pad: Default::default(),
            ip_length: Default::default(),
            udp_length: Default::default(),
            checksum: Default::default(),
            phase: Default::default(),
            word: Default::default(),
            byte_swap: XorNetwork::byte_permutation([7, 6, 5, 4, 3, 2, 1, 0]),
            src_mac: Default::default(),
            dst_ip: Default::default(),
            dest_qp: Default::default(),
            ext: Default::default(),
            bth_flags: Default::default(),
            bth_congestion: Default::default(),
            bth_ack: Default::default(),
            header_be: Default::default(),
            zero_word: constant(0),
            no_ext: Constant::new(0_u64.to_bits()),
            no_flags: constant(0),
            top_bit: constant(0x80),
            second_bit: constant(0x40),
            beat1_fixed: constant((wire::ETHERTYPE_IPV4 as u64) << 16 | 0x45 << 8),
            beat2_fixed: constant((IPV4_FLAGS_DF as u64) << 16 | (IPV4_TTL as u64) << 8 | wire::IP_PROTOCOL_UDP as u64),
            beat4_fixed: constant((wire::ROCEV2_UDP_PORT as u64) << 16),
        }
    }
}

impl Logic for HeaderBeat {
    #[hdl_gen]
    fn update(&mut self) {
        self.src_mac.next = self.descriptor.val().src_mac;
        self.dst_ip.next = self.descriptor.val().dst_ip;
        self.dest_qp.next = self.descriptor.val().dest_qp;
        // The beat big-endian (the frame's first byte in the top bits), byte-swapped at the end;
        // extension headers in the order the opcode has them.
        self.ext.next = self.no_ext.val();
        if self.reth.val() {
            self.ext.next = (bit_cast::<160, 64>(self.descriptor.val().reth_va) << 96)
                | (bit_cast::<160, 32>(self.descriptor.val().reth_rkey) << 64)
                | (bit_cast::<160, 32>(self.descriptor.val().reth_dma_length) << 32);
            if self.immdt.val() {
                self.ext.next = (bit_cast::<160, 64>(self.descriptor.val().reth_va) << 96)
                    | (bit_cast::<160, 32>(self.descriptor.val().reth_rkey) << 64)
                    | (bit_cast::<160, 32>(self.descriptor.val().reth_dma_length) << 32)
                    | bit_cast::<160, 32>(self.descriptor.val().immdt);
            }
        } else if self.deth.val() {
            self.ext.next = (bit_cast::<160, 32>(self.descriptor.val().deth_qkey) << 128)
                | (bit_cast::<160, 24>(self.descriptor.val().deth_src_qp) << 96);
            if self.immdt.val() {
                self.ext.next = (bit_cast::<160, 32>(self.descriptor.val().deth_qkey) << 128)
                    | (bit_cast::<160, 24>(self.descriptor.val().deth_src_qp) << 96)
                    | (bit_cast::<160, 32>(self.descriptor.val().immdt) << 64);
            }
        } else if self.aeth.val() {
            self.ext.next = (bit_cast::<160, 8>(self.descriptor.val().aeth_syndrome) << 152)
                | (bit_cast::<160, 24>(self.descriptor.val().aeth_msn) << 128);
        } else if self.ieth.val() {
            self.ext.next = bit_cast::<160, 32>(self.descriptor.val().ieth_rkey) << 128;
        } else if self.immdt.val() {
            self.ext.next = bit_cast::<160, 32>(self.descriptor.val().immdt) << 128;
        }
        self.bth_flags.next = bit_cast::<8, 2>(self.pad.val()) << 4;
        if self.descriptor.val().solicited {
            self.bth_flags.next = self.bth_flags.val() | self.top_bit.val();
        }
        if self.descriptor.val().mig_req {
            self.bth_flags.next = self.bth_flags.val() | self.second_bit.val();
        }
        self.bth_congestion.next = self.no_flags.val();
        if self.descriptor.val().fecn {
            self.bth_congestion.next = self.top_bit.val();
        }
        if self.descriptor.val().becn {
            self.bth_congestion.next = self.bth_congestion.val() | self.second_bit.val();
        }
        self.bth_ack.next = self.no_flags.val();
        if self.descriptor.val().ack_req {
            self.bth_ack.next = self.top_bit.val();
        }
        self.header_be.next = self.zero_word.val();
        if self.phase.val().get_bit(0) {
            self.header_be.next = (bit_cast::<64, 48>(self.descriptor.val().dst_mac) << 16)
                | bit_cast::<64, 16>(self.src_mac.val().get_bits::<16>(32));
        }
        if self.phase.val().get_bit(1) {
            self.header_be.next = (bit_cast::<64, 32>(self.src_mac.val().get_bits::<32>(0)) << 32)
                | self.beat1_fixed.val()
                | (bit_cast::<64, 6>(self.descriptor.val().ip_dscp) << 2)
                | bit_cast::<64, 2>(self.descriptor.val().ip_ecn);
        }
        if self.phase.val().get_bit(2) {
            self.header_be.next = (bit_cast::<64, 16>(self.ip_length.val()) << 48) | self.beat2_fixed.val();
        }
        if self.phase.val().get_bit(3) {
            self.header_be.next = (bit_cast::<64, 16>(self.checksum.val()) << 48)
                | (bit_cast::<64, 32>(self.descriptor.val().src_ip) << 16)
                | bit_cast::<64, 16>(self.dst_ip.val().get_bits::<16>(16));
        }
        if self.phase.val().get_bit(4) {
            self.header_be.next = (bit_cast::<64, 16>(self.dst_ip.val().get_bits::<16>(0)) << 48)
                | (bit_cast::<64, 16>(self.descriptor.val().udp_src_port) << 32)
                | self.beat4_fixed.val()
                | bit_cast::<64, 16>(self.udp_length.val());
        }
        if self.phase.val().get_bit(5) {
            self.header_be.next = (bit_cast::<64, 8>(self.descriptor.val().opcode) << 40)
                | (bit_cast::<64, 8>(self.bth_flags.val()) << 32)
                | (bit_cast::<64, 16>(self.descriptor.val().pkey) << 16)
                | (bit_cast::<64, 8>(self.bth_congestion.val()) << 8)
                | bit_cast::<64, 8>(self.dest_qp.val().get_bits::<8>(16));
        }
        if self.phase.val().get_bit(6) {
            self.header_be.next = (bit_cast::<64, 16>(self.dest_qp.val().get_bits::<16>(0)) << 48)
                | (bit_cast::<64, 8>(self.bth_ack.val()) << 40)
                | (bit_cast::<64, 24>(self.descriptor.val().psn) << 16)
                | bit_cast::<64, 16>(self.ext.val().get_bits::<16>(144));
        }
        if self.phase.val().get_bit(7) {
            self.header_be.next = self.ext.val().get_bits::<64>(80);
        }
        if self.phase.val().get_bit(8) {
            self.header_be.next = self.ext.val().get_bits::<64>(16);
        }
        if self.phase.val().get_bit(9) {
            self.header_be.next = bit_cast::<64, 16>(self.ext.val().get_bits::<16>(0)) << 48;
        }
        self.byte_swap.data_in.next = self.header_be.val();
        self.word.next = self.byte_swap.data_out.val();
    }
}
