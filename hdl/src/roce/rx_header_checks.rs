//! The parser's header checks, made as their bytes arrive: every header field sits at a fixed beat
//! and lane, so each check looks at one beat (a check whose bytes are missing is not made). The
//! flags accumulate over a frame in the parser's flags register; here is what the beat offered
//! now adds to them, and what the register already says about the payload.

use super::rx_parser::CheckFlags;
use super::wire::{self, PayloadRule};
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RxHeaderChecks {
    pub clock: Signal<In, Clock>,
    /// Partition key frames must carry (low 15 bits compared).
    pub cfg_pkey: Signal<In, Bits<16>>,
    /// Path MTU in bytes: the exact size of First/Middle payloads, the largest of any.
    pub cfg_path_mtu: Signal<In, Bits<13>>,
    /// The frame's flags so far (the parser's register).
    pub flags: Signal<In, CheckFlags>,
    /// The beat offered, big-endian, and which beat of the frame it is (at most one set; beat 3
    /// holds nothing to check).
    pub beat: Signal<In, Bits<64>>,
    pub beat_0: Signal<In, Bit>,
    pub beat_1: Signal<In, Bit>,
    pub beat_2: Signal<In, Bit>,
    pub beat_4: Signal<In, Bit>,
    pub beat_5: Signal<In, Bit>,
    pub beat_6: Signal<In, Bit>,
    /// The beat holds all 8 bytes.
    pub beat_complete: Signal<In, Bit>,
    pub beat_mac_error: Signal<In, Bit>,
    /// Beat 5's opcode is one the NIC takes.
    pub opcode_supported: Signal<In, Bit>,
    /// From the IPv4, UDP and BTH fields (valid from beat 6): the UDP length matches the IPv4
    /// one; the payload's length (17-bit two's complement); its rule; the BTH pad count.
    pub udp_length_ok: Signal<In, Bit>,
    pub payload_room: Signal<In, Bits<17>>,
    pub rule: Signal<In, Bits<2>>,
    pub pad_count: Signal<In, Bits<2>>,
    /// The flags with this beat's checks added.
    pub next_flags: Signal<Out, CheckFlags>,
    /// The flags register says the payload must not flow: any header check failed.
    pub structural_error: Signal<Out, Bit>,
    /// The flags register says the length checks (made at beat 6) failed.
    pub length_check_failed: Signal<Out, Bit>,

    pkey: DFF<Bits<16>>,
    path_mtu: DFF<Bits<13>>,
    ethertype: Signal<Local, Bits<16>>,
    length_error: Signal<Local, Bit>,
    too_long_error: Signal<Local, Bit>,
    payload_length_error: Signal<Local, Bit>,

    no_flags: Constant<CheckFlags>,
    ethertype_ipv4: Constant<Bits<16>>,
    ethertype_ipv6: Constant<Bits<16>>,
    ethertype_vlan: Constant<Bits<16>>,
    ethertype_qinq: Constant<Bits<16>>,
    ip_version: Constant<Bits<4>>,
    ihl_plain: Constant<Bits<4>>,
    /// Flags "more fragments" and the fragment offset.
    fragment_bits: Constant<Bits<16>>,
    not_fragmented: Constant<Bits<16>>,
    udp_protocol: Constant<Bits<8>>,
    rocev2_port: Constant<Bits<16>>,
    no_tver: Constant<Bits<4>>,
    pkey_bits: Constant<Bits<16>>,
    rule_empty: Constant<Bits<2>>,
    rule_exactly_mtu: Constant<Bits<2>>,
    rule_one_to_mtu: Constant<Bits<2>>,
    no_room: Constant<Bits<17>>,
    whole_words: Constant<Bits<2>>,
}

impl Default for RxHeaderChecks {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            cfg_pkey: Default::default(),
            cfg_path_mtu: Default::default(),
            flags: Default::default(),
            beat: Default::default(),
            beat_0: Default::default(),
            beat_1: Default::default(),
            beat_2: Default::default(),
            beat_4: Default::default(),
            beat_5: Default::default(),
            beat_6: Default::default(),
            beat_complete: Default::default(),
            beat_mac_error: Default::default(),
            opcode_supported: Default::default(),
            udp_length_ok: Default::default(),
            payload_room: Default::default(),
            rule: Default::default(),
            pad_count: Default::default(),
            next_flags: Default::default(),
            structural_error: Default::default(),
            length_check_failed: Default::default(),
            pkey: Default::default(),
            path_mtu: Default::default(),
            ethertype: Default::default(),
            length_error: Default::default(),
            too_long_error: Default::default(),
            payload_length_error: Default::default(),
            no_flags: Constant::new(CheckFlags::default()),
            ethertype_ipv4: constant(wire::ETHERTYPE_IPV4 as u64),
            ethertype_ipv6: constant(wire::ETHERTYPE_IPV6 as u64),
            ethertype_vlan: constant(wire::ETHERTYPE_VLAN as u64),
            ethertype_qinq: constant(wire::ETHERTYPE_QINQ as u64),
            ip_version: constant(4),
            ihl_plain: constant(5),
            fragment_bits: constant(0x3FFF),
            not_fragmented: constant(0),
            udp_protocol: constant(wire::IP_PROTOCOL_UDP as u64),
            rocev2_port: constant(wire::ROCEV2_UDP_PORT as u64),
            no_tver: constant(0),
            pkey_bits: constant(0x7FFF),
            rule_empty: constant(PayloadRule::Empty as u64),
            rule_exactly_mtu: constant(PayloadRule::ExactlyMtu as u64),
            rule_one_to_mtu: constant(PayloadRule::OneToMtu as u64),
            no_room: constant(0),
            whole_words: constant(0),
        }
    }
}

impl Logic for RxHeaderChecks {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pkey, path_mtu);
        self.pkey.d.next = self.cfg_pkey.val();
        self.path_mtu.d.next = self.cfg_path_mtu.val();
        self.ethertype.next = self.beat.val().get_bits::<16>(16);

        self.next_flags.next = self.flags.val();
        if self.beat_0.val() {
            self.next_flags.next = self.no_flags.val();
        }
        if self.beat_mac_error.val() {
            self.next_flags.next.mac_error = true;
        }
        if self.beat_1.val() & self.beat_complete.val() {
            if (self.ethertype.val() == self.ethertype_vlan.val()) | (self.ethertype.val() == self.ethertype_qinq.val()) {
                self.next_flags.next.vlan_tagged = true;
            } else if self.ethertype.val() == self.ethertype_ipv6.val() {
                self.next_flags.next.ipv6 = true;
            } else if self.ethertype.val() != self.ethertype_ipv4.val() {
                self.next_flags.next.ether_type = true;
            }
            if (self.beat.val().get_bits::<4>(12) != self.ip_version.val())
                | (self.beat.val().get_bits::<4>(8) < self.ihl_plain.val())
            {
                self.next_flags.next.ip_header = true;
            } else if self.beat.val().get_bits::<4>(8) > self.ihl_plain.val() {
                self.next_flags.next.ip_options = true;
            }
        }
        if self.beat_2.val() & self.beat_complete.val() {
            if (self.beat.val().get_bits::<16>(16) & self.fragment_bits.val()) != self.not_fragmented.val() {
                self.next_flags.next.ip_fragment = true;
            }
            if self.beat.val().get_bits::<8>(0) != self.udp_protocol.val() {
                self.next_flags.next.not_udp = true;
            }
        }
        if self.beat_4.val() & self.beat_complete.val() {
            self.next_flags.next.checksum_due = true;
            if self.beat.val().get_bits::<16>(16) != self.rocev2_port.val() {
                self.next_flags.next.udp_port = true;
            }
        }
        if self.beat_5.val() & self.beat_complete.val() {
            if self.beat.val().get_bits::<4>(32) != self.no_tver.val() {
                self.next_flags.next.bth_version = true;
            }
            if !self.opcode_supported.val() {
                self.next_flags.next.opcode = true;
            }
            if (self.beat.val().get_bits::<16>(16) & self.pkey_bits.val()) != (self.pkey.q.val() & self.pkey_bits.val()) {
                self.next_flags.next.pkey = true;
            }
        }
        // Lengths, once the BTH is in (they only matter when the headers complete).
        self.length_error.next = !self.udp_length_ok.val() | self.payload_room.val().get_bit(16);
        self.too_long_error.next = self.payload_room.val() > bit_cast::<17, 13>(self.path_mtu.q.val());
        self.payload_length_error.next =
            (self.payload_room.val().get_bits::<2>(0) + self.pad_count.val()) != self.whole_words.val();
        if (self.rule.val() == self.rule_empty.val()) & (self.payload_room.val() != self.no_room.val()) {
            self.payload_length_error.next = true;
        }
        if (self.rule.val() == self.rule_exactly_mtu.val())
            & (self.payload_room.val() != bit_cast::<17, 13>(self.path_mtu.q.val()))
        {
            self.payload_length_error.next = true;
        }
        if (self.rule.val() == self.rule_one_to_mtu.val()) & (self.payload_room.val() == self.no_room.val()) {
            self.payload_length_error.next = true;
        }
        if self.beat_6.val() {
            self.next_flags.next.header_length = self.length_error.val();
            self.next_flags.next.too_long = self.too_long_error.val();
            self.next_flags.next.payload_length = self.payload_length_error.val();
        }
        // Errors that keep a frame's payload off the stream, known when its headers end (beat 6
        // or later: the earlier beats' checks are in the flags register by then). The length
        // checks of beat 6 reach the register a cycle later: the payload's flow and its tail's
        // arming cycle look at them there, so they stay off this path.
        self.structural_error.next = self.flags.val().vlan_tagged
            | self.flags.val().ipv6
            | self.flags.val().ether_type
            | self.flags.val().ip_header
            | self.flags.val().ip_options
            | self.flags.val().ip_fragment
            | self.flags.val().not_udp
            | self.flags.val().udp_port
            | self.flags.val().bth_version
            | self.flags.val().opcode
            | self.flags.val().pkey
            | self.flags.val().header_length
            | self.flags.val().too_long
            | self.flags.val().payload_length;
        self.length_check_failed.next =
            self.flags.val().header_length | self.flags.val().too_long | self.flags.val().payload_length;
    }
}
