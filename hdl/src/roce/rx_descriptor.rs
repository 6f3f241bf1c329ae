//! The parser's descriptor output: staged when a frame's headers end (or the frame ends before
//! they do), loaded the cycle after (when the header register holds the last field), held until
//! taken, and offered as named fields. Extension header fields read as zero when the opcode
//! does not carry them.

use super::rx_parser::HeaderBytes;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RxDescriptor {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The headers end now (or the frame ends before they do): stage what is known now.
    pub headers_end: Signal<In, Bit>,
    /// The headers end now and their lengths are consistent: `announced_length` is the payload's.
    pub length_known: Signal<In, Bit>,
    pub announced_length: Signal<In, Bits<16>>,
    pub payload_starts: Signal<In, Bit>,
    /// The header fields (complete the cycle after `headers_end`).
    pub header: Signal<In, HeaderBytes>,
    /// The length checks of a header that ended at beat 6 failed (known the cycle after).
    pub length_check_failed: Signal<In, Bit>,
    /// A descriptor is being loaded or waits to be taken.
    pub occupied: Signal<Out, Bit>,

    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    pub dst_mac: Signal<Out, Bits<48>>,
    pub src_mac: Signal<Out, Bits<48>>,
    pub src_ip: Signal<Out, Bits<32>>,
    pub dst_ip: Signal<Out, Bits<32>>,
    pub ip_dscp: Signal<Out, Bits<6>>,
    pub ip_ecn: Signal<Out, Bits<2>>,
    pub udp_src_port: Signal<Out, Bits<16>>,
    pub udp_dst_port: Signal<Out, Bits<16>>,
    pub opcode: Signal<Out, Bits<8>>,
    pub solicited: Signal<Out, Bit>,
    pub mig_req: Signal<Out, Bit>,
    pub pad_count: Signal<Out, Bits<2>>,
    pub tver: Signal<Out, Bits<4>>,
    pub pkey: Signal<Out, Bits<16>>,
    pub fecn: Signal<Out, Bit>,
    pub becn: Signal<Out, Bit>,
    pub dest_qp: Signal<Out, Bits<24>>,
    pub ack_req: Signal<Out, Bit>,
    pub psn: Signal<Out, Bits<24>>,
    pub has_reth: Signal<Out, Bit>,
    pub reth_va: Signal<Out, Bits<64>>,
    pub reth_rkey: Signal<Out, Bits<32>>,
    pub reth_dma_length: Signal<Out, Bits<32>>,
    pub has_aeth: Signal<Out, Bit>,
    pub aeth_syndrome: Signal<Out, Bits<8>>,
    pub aeth_msn: Signal<Out, Bits<24>>,
    pub has_immdt: Signal<Out, Bit>,
    pub immdt: Signal<Out, Bits<32>>,
    pub has_ieth: Signal<Out, Bit>,
    pub ieth_rkey: Signal<Out, Bits<32>>,
    pub has_deth: Signal<Out, Bit>,
    pub deth_qkey: Signal<Out, Bits<32>>,
    pub deth_src_qp: Signal<Out, Bits<24>>,
    /// Payload bytes the headers announce (0 when the headers are incomplete or inconsistent).
    pub payload_length: Signal<Out, Bits<16>>,
    pub has_payload: Signal<Out, Bit>,

    load: DFF<Bit>,
    held: DFF<HeaderBytes>,
    held_valid: DFF<Bit>,
    staged_payload_length: DFF<Bits<16>>,
    staged_has_payload: DFF<Bit>,
    /// The first four extension header bytes: AETH, ImmDt, IETH and the DETH's Q_Key.
    ext_word: Signal<Local, Bits<32>>,
    // The held fields (rust-hdl slices one struct level at a time).
    d_b0: Signal<Local, Bits<64>>,
    d_b1: Signal<Local, Bits<32>>,
    d_tos: Signal<Local, Bits<8>>,
    d_b3: Signal<Local, Bits<48>>,
    d_b4: Signal<Local, Bits<48>>,
    d_bth_head: Signal<Local, Bits<32>>,
    d_bth_congestion: Signal<Local, Bits<2>>,
    d_ext_a: Signal<Local, Bits<16>>,
    d_ext_b: Signal<Local, Bits<64>>,
    d_ext_c: Signal<Local, Bits<64>>,
    d_ext_d: Signal<Local, Bits<16>>,

    no_length: Constant<Bits<16>>,
    /// A field the opcode does not carry reads as zero.
    no_field_8: Constant<Bits<8>>,
    no_field_24: Constant<Bits<24>>,
    no_field_32: Constant<Bits<32>>,
    no_field_64: Constant<Bits<64>>,
}

impl Default for RxDescriptor {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            headers_end: Default::default(),
            length_known: Default::default(),
            announced_length: Default::default(),
            payload_starts: Default::default(),
            header: Default::default(),
            length_check_failed: Default::default(),
            occupied: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            dst_mac: Default::default(),
            src_mac: Default::default(),
            src_ip: Default::default(),
            dst_ip: Default::default(),
            ip_dscp: Default::default(),
            ip_ecn: Default::default(),
            udp_src_port: Default::default(),
            udp_dst_port: Default::default(),
            opcode: Default::default(),
            solicited: Default::default(),
            mig_req: Default::default(),
            pad_count: Default::default(),
            tver: Default::default(),
            pkey: Default::default(),
            fecn: Default::default(),
            becn: Default::default(),
            dest_qp: Default::default(),
            ack_req: Default::default(),
            psn: Default::default(),
            has_reth: Default::default(),
            reth_va: Default::default(),
            reth_rkey: Default::default(),
            reth_dma_length: Default::default(),
            has_aeth: Default::default(),
            aeth_syndrome: Default::default(),
            aeth_msn: Default::default(),
            has_immdt: Default::default(),
            immdt: Default::default(),
            has_ieth: Default::default(),
            ieth_rkey: Default::default(),
            has_deth: Default::default(),
            deth_qkey: Default::default(),
            deth_src_qp: Default::default(),
            payload_length: Default::default(),
            has_payload: Default::default(),
            load: Default::default(),
            held: Default::default(),
            held_valid: Default::default(),
            staged_payload_length: Default::default(),
            staged_has_payload: Default::default(),
            ext_word: Default::default(),
            d_b0: Default::default(),
            d_b1: Default::default(),
            d_tos: Default::default(),
            d_b3: Default::default(),
            d_b4: Default::default(),
            d_bth_head: Default::default(),
            d_bth_congestion: Default::default(),
            d_ext_a: Default::default(),
            d_ext_b: Default::default(),
            d_ext_c: Default::default(),
            d_ext_d: Default::default(),
            no_length: constant(0),
            no_field_8: constant(0),
            no_field_24: constant(0),
            no_field_32: constant(0),
            no_field_64: constant(0),
        }
    }
}

impl Logic for RxDescriptor {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, load, held, held_valid, staged_payload_length, staged_has_payload);
        self.occupied.next = self.load.q.val() | (self.held_valid.q.val() & !self.ready.val());
        self.load.d.next = self.headers_end.val();
        if self.headers_end.val() {
            self.staged_payload_length.d.next = self.no_length.val();
            if self.length_known.val() {
                self.staged_payload_length.d.next = self.announced_length.val();
            }
            self.staged_has_payload.d.next = self.payload_starts.val();
        }
        if self.held_valid.q.val() & self.ready.val() {
            self.held_valid.d.next = false;
        }
        if self.load.q.val() {
            self.held.d.next = self.header.val();
            self.held.d.next.payload_length = self.staged_payload_length.q.val();
            // (The length checks of a beat-6 header end are in the flags register now.)
            self.held.d.next.has_payload = self.staged_has_payload.q.val() & !self.length_check_failed.val();
            self.held_valid.d.next = true;
        }
        self.valid.next = self.held_valid.q.val();
        self.d_b0.next = self.held.q.val().b0;
        self.d_b1.next = self.held.q.val().b1;
        self.d_tos.next = self.held.q.val().tos;
        self.d_b3.next = self.held.q.val().b3;
        self.d_b4.next = self.held.q.val().b4;
        self.d_bth_head.next = self.held.q.val().bth_head;
        self.d_bth_congestion.next = self.held.q.val().bth_congestion;
        self.d_ext_a.next = self.held.q.val().ext_a;
        self.d_ext_b.next = self.held.q.val().ext_b;
        self.d_ext_c.next = self.held.q.val().ext_c;
        self.d_ext_d.next = self.held.q.val().ext_d;
        self.dst_mac.next = self.d_b0.val().get_bits::<48>(16);
        self.src_mac.next =
            (bit_cast::<48, 16>(self.d_b0.val().get_bits::<16>(0)) << 32) | bit_cast::<48, 32>(self.d_b1.val());
        self.ip_dscp.next = self.d_tos.val().get_bits::<6>(2);
        self.ip_ecn.next = self.d_tos.val().get_bits::<2>(0);
        self.src_ip.next = self.d_b3.val().get_bits::<32>(16);
        self.dst_ip.next = (bit_cast::<32, 16>(self.d_b3.val().get_bits::<16>(0)) << 16)
            | bit_cast::<32, 16>(self.d_b4.val().get_bits::<16>(32));
        self.udp_src_port.next = self.d_b4.val().get_bits::<16>(16);
        self.udp_dst_port.next = self.d_b4.val().get_bits::<16>(0);
        self.opcode.next = self.d_bth_head.val().get_bits::<8>(24);
        self.solicited.next = self.d_bth_head.val().get_bit(23);
        self.mig_req.next = self.d_bth_head.val().get_bit(22);
        self.pad_count.next = self.d_bth_head.val().get_bits::<2>(20);
        self.tver.next = self.d_bth_head.val().get_bits::<4>(16);
        self.pkey.next = self.d_bth_head.val().get_bits::<16>(0);
        self.fecn.next = self.d_bth_congestion.val().get_bit(1);
        self.becn.next = self.d_bth_congestion.val().get_bit(0);
        self.dest_qp.next = (bit_cast::<24, 8>(self.held.q.val().dest_qp_high) << 16)
            | bit_cast::<24, 16>(self.held.q.val().dest_qp_low);
        self.ack_req.next = self.held.q.val().ack_req;
        self.psn.next = self.held.q.val().psn;
        // Extension headers: the first four bytes serve AETH, ImmDt, IETH and the DETH's Q_Key.
        self.ext_word.next =
            (bit_cast::<32, 16>(self.d_ext_a.val()) << 16) | bit_cast::<32, 16>(self.d_ext_b.val().get_bits::<16>(48));
        self.has_reth.next = self.held.q.val().has_reth;
        self.reth_va.next = self.no_field_64.val();
        self.reth_rkey.next = self.no_field_32.val();
        self.reth_dma_length.next = self.no_field_32.val();
        if self.held.q.val().has_reth {
            self.reth_va.next =
                (bit_cast::<64, 16>(self.d_ext_a.val()) << 48) | bit_cast::<64, 48>(self.d_ext_b.val().get_bits::<48>(16));
            self.reth_rkey.next = (bit_cast::<32, 16>(self.d_ext_b.val().get_bits::<16>(0)) << 16)
                | bit_cast::<32, 16>(self.d_ext_c.val().get_bits::<16>(48));
            self.reth_dma_length.next = self.d_ext_c.val().get_bits::<32>(16);
        }
        self.has_aeth.next = self.held.q.val().has_aeth;
        self.aeth_syndrome.next = self.no_field_8.val();
        self.aeth_msn.next = self.no_field_24.val();
        if self.held.q.val().has_aeth {
            self.aeth_syndrome.next = self.ext_word.val().get_bits::<8>(24);
            self.aeth_msn.next = self.ext_word.val().get_bits::<24>(0);
        }
        self.has_immdt.next = self.held.q.val().has_immdt;
        self.immdt.next = self.no_field_32.val();
        if self.held.q.val().has_immdt {
            self.immdt.next = self.ext_word.val();
            if self.held.q.val().has_reth {
                self.immdt.next = (bit_cast::<32, 16>(self.d_ext_c.val().get_bits::<16>(0)) << 16)
                    | bit_cast::<32, 16>(self.d_ext_d.val());
            }
            if self.held.q.val().has_deth {
                self.immdt.next = (bit_cast::<32, 16>(self.d_ext_b.val().get_bits::<16>(0)) << 16)
                    | bit_cast::<32, 16>(self.d_ext_c.val().get_bits::<16>(48));
            }
        }
        self.has_ieth.next = self.held.q.val().has_ieth;
        self.ieth_rkey.next = self.no_field_32.val();
        if self.held.q.val().has_ieth {
            self.ieth_rkey.next = self.ext_word.val();
        }
        self.has_deth.next = self.held.q.val().has_deth;
        self.deth_qkey.next = self.no_field_32.val();
        self.deth_src_qp.next = self.no_field_24.val();
        if self.held.q.val().has_deth {
            self.deth_qkey.next = self.ext_word.val();
            self.deth_src_qp.next = self.d_ext_b.val().get_bits::<24>(16);
        }
        self.payload_length.next = self.held.q.val().payload_length;
        self.has_payload.next = self.held.q.val().has_payload;
        if self.reset.val() {
            self.load.d.next = false;
            self.held_valid.d.next = false;
        }
    }
}
