//! Transmit multiplexer: the responder's ACKs / NAKs and the requester's packets, onto the packet
//! builder, with each QP's peer (the host's MAC, IPv4 address and QP number) from a table in
//! block RAM.
//!
//! An ACK goes first when both wait: it is one short frame, and a host's requests stall without
//! it. The requester's payload streams straight to the builder (the only payloads, taken in
//! descriptor order), so descriptors follow each other without waiting for a payload's end. The
//! peer table is read with the QP of the packet about to go, a cycle before its descriptor is
//! offered.

use rust_hdl::prelude::*;

/// Where a QP's packets go.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct Peer {
    pub mac: Bits<48>,
    pub ip: Bits<32>,
    pub qpn: Bits<24>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum TxStep {
    Idle,
    Acknowledge,
    Request,
}

#[derive(LogicBlock)]
pub struct TxMux<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The NIC's own addresses.
    pub local_mac: Signal<In, Bits<48>>,
    pub local_ip: Signal<In, Bits<32>>,
    /// Peer table write.
    pub cfg_write: Signal<In, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_peer: Signal<In, Peer>,
    /// ACKs and NAKs (AETH syndrome, PSN, MSN).
    pub ack_valid: Signal<In, Bit>,
    pub ack_ready: Signal<Out, Bit>,
    pub ack_qp: Signal<In, Bits<QP_BITS>>,
    pub ack_syndrome: Signal<In, Bits<8>>,
    pub ack_psn: Signal<In, Bits<24>>,
    pub ack_msn: Signal<In, Bits<24>>,
    /// The requester's packets (`docs/rc-transport.md`).
    pub tx_valid: Signal<In, Bit>,
    pub tx_ready: Signal<Out, Bit>,
    pub tx_qp: Signal<In, Bits<QP_BITS>>,
    pub tx_opcode: Signal<In, Bits<8>>,
    pub tx_psn: Signal<In, Bits<24>>,
    pub tx_ack_req: Signal<In, Bit>,
    pub tx_reth_va: Signal<In, Bits<64>>,
    pub tx_reth_rkey: Signal<In, Bits<32>>,
    pub tx_reth_length: Signal<In, Bits<32>>,
    pub tx_ieth_rkey: Signal<In, Bits<32>>,
    pub tx_payload_length: Signal<In, Bits<13>>,
    pub s_axis_tx_tdata: Signal<In, Bits<64>>,
    pub s_axis_tx_tlast: Signal<In, Bit>,
    pub s_axis_tx_tvalid: Signal<In, Bit>,
    pub s_axis_tx_tready: Signal<Out, Bit>,
    /// To the packet builder (`TxBuilder`'s descriptor and payload ports).
    pub desc_valid: Signal<Out, Bit>,
    pub desc_ready: Signal<In, Bit>,
    pub desc_dst_mac: Signal<Out, Bits<48>>,
    pub desc_src_mac: Signal<Out, Bits<48>>,
    pub desc_src_ip: Signal<Out, Bits<32>>,
    pub desc_dst_ip: Signal<Out, Bits<32>>,
    pub desc_udp_src_port: Signal<Out, Bits<16>>,
    pub desc_opcode: Signal<Out, Bits<8>>,
    pub desc_dest_qp: Signal<Out, Bits<24>>,
    pub desc_ack_req: Signal<Out, Bit>,
    pub desc_psn: Signal<Out, Bits<24>>,
    pub desc_reth_va: Signal<Out, Bits<64>>,
    pub desc_reth_rkey: Signal<Out, Bits<32>>,
    pub desc_reth_dma_length: Signal<Out, Bits<32>>,
    pub desc_aeth_syndrome: Signal<Out, Bits<8>>,
    pub desc_aeth_msn: Signal<Out, Bits<24>>,
    pub desc_ieth_rkey: Signal<Out, Bits<32>>,
    pub desc_payload_length: Signal<Out, Bits<13>>,
    pub m_axis_payload_tdata: Signal<Out, Bits<64>>,
    pub m_axis_payload_tlast: Signal<Out, Bit>,
    pub m_axis_payload_tvalid: Signal<Out, Bit>,
    pub m_axis_payload_tready: Signal<In, Bit>,
    /// ACK / NAK frames and requester packets handed to the builder (wrapping).
    pub acks_sent: Signal<Out, Bits<32>>,
    pub requests_sent: Signal<Out, Bits<32>>,
    peers: RAM<Peer, QP_BITS>,
    step: DFF<TxStep>,
    acks: DFF<Bits<32>>,
    requests: DFF<Bits<32>>,
    qp: Signal<Local, Bits<QP_BITS>>,
    udp_port_base: Constant<Bits<16>>,
    acknowledge: Constant<Bits<8>>,
    count_one: Constant<Bits<32>>,
    count_zero: Constant<Bits<32>>,
    no_payload: Constant<Bits<13>>,
}

impl<const QP_BITS: usize> Default for TxMux<QP_BITS> {
    fn default() -> Self {
        assert!(QP_BITS <= 14);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            local_mac: Default::default(),
            local_ip: Default::default(),
            cfg_write: Default::default(),
            cfg_qp: Default::default(),
            cfg_peer: Default::default(),
            ack_valid: Default::default(),
            ack_ready: Default::default(),
            ack_qp: Default::default(),
            ack_syndrome: Default::default(),
            ack_psn: Default::default(),
            ack_msn: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            tx_qp: Default::default(),
            tx_opcode: Default::default(),
            tx_psn: Default::default(),
            tx_ack_req: Default::default(),
            tx_reth_va: Default::default(),
            tx_reth_rkey: Default::default(),
            tx_reth_length: Default::default(),
            tx_ieth_rkey: Default::default(),
            tx_payload_length: Default::default(),
            s_axis_tx_tdata: Default::default(),
            s_axis_tx_tlast: Default::default(),
            s_axis_tx_tvalid: Default::default(),
            s_axis_tx_tready: Default::default(),
            desc_valid: Default::default(),
            desc_ready: Default::default(),
            desc_dst_mac: Default::default(),
            desc_src_mac: Default::default(),
            desc_src_ip: Default::default(),
            desc_dst_ip: Default::default(),
            desc_udp_src_port: Default::default(),
            desc_opcode: Default::default(),
            desc_dest_qp: Default::default(),
            desc_ack_req: Default::default(),
            desc_psn: Default::default(),
            desc_reth_va: Default::default(),
            desc_reth_rkey: Default::default(),
            desc_reth_dma_length: Default::default(),
            desc_aeth_syndrome: Default::default(),
            desc_aeth_msn: Default::default(),
            desc_ieth_rkey: Default::default(),
            desc_payload_length: Default::default(),
            m_axis_payload_tdata: Default::default(),
            m_axis_payload_tlast: Default::default(),
            m_axis_payload_tvalid: Default::default(),
            m_axis_payload_tready: Default::default(),
            acks_sent: Default::default(),
            requests_sent: Default::default(),
            peers: Default::default(),
            step: Default::default(),
            acks: Default::default(),
            requests: Default::default(),
            qp: Default::default(),
            // The UDP source port spreads QPs over ECMP paths (RoCEv2 leaves it to the sender).
            udp_port_base: Constant::new(0xC000u64.to_bits()),
            acknowledge: Constant::new(0x11u64.to_bits()),
            count_one: Constant::new(1u64.to_bits()),
            count_zero: Constant::new(0u64.to_bits()),
            no_payload: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const QP_BITS: usize> Logic for TxMux<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, acks, requests);
        self.peers.read_clock.next = self.clock.val();
        self.peers.write_clock.next = self.clock.val();
        self.peers.write_enable.next = self.cfg_write.val();
        self.peers.write_address.next = self.cfg_qp.val();
        self.peers.write_data.next = self.cfg_peer.val();

        // The QP whose peer is read: the one served now, or (idle) the one chosen next.
        self.qp.next = self.tx_qp.val();
        if (self.step.q.val() == TxStep::Acknowledge) | ((self.step.q.val() == TxStep::Idle) & self.ack_valid.val()) {
            self.qp.next = self.ack_qp.val();
        }
        self.peers.read_address.next = self.qp.val();

        self.desc_dst_mac.next = self.peers.read_data.val().mac;
        self.desc_dst_ip.next = self.peers.read_data.val().ip;
        self.desc_dest_qp.next = self.peers.read_data.val().qpn;
        self.desc_src_mac.next = self.local_mac.val();
        self.desc_src_ip.next = self.local_ip.val();
        self.desc_udp_src_port.next = self.udp_port_base.val() | bit_cast::<16, QP_BITS>(self.qp.val());
        self.desc_opcode.next = self.tx_opcode.val();
        self.desc_ack_req.next = self.tx_ack_req.val();
        self.desc_psn.next = self.tx_psn.val();
        self.desc_reth_va.next = self.tx_reth_va.val();
        self.desc_reth_rkey.next = self.tx_reth_rkey.val();
        self.desc_reth_dma_length.next = self.tx_reth_length.val();
        self.desc_ieth_rkey.next = self.tx_ieth_rkey.val();
        self.desc_payload_length.next = self.tx_payload_length.val();
        self.desc_aeth_syndrome.next = self.ack_syndrome.val();
        self.desc_aeth_msn.next = self.ack_msn.val();
        if self.step.q.val() == TxStep::Acknowledge {
            self.desc_opcode.next = self.acknowledge.val();
            self.desc_ack_req.next = false;
            self.desc_psn.next = self.ack_psn.val();
            self.desc_payload_length.next = self.no_payload.val();
        }
        self.m_axis_payload_tdata.next = self.s_axis_tx_tdata.val();
        self.m_axis_payload_tlast.next = self.s_axis_tx_tlast.val();

        self.desc_valid.next = false;
        self.ack_ready.next = false;
        self.tx_ready.next = false;
        // Only the requester's packets carry payload, and the builder takes payloads in the order
        // of their descriptors: the payload stream passes straight through, and the next
        // descriptor can go while this payload still flows (issue 25: holding the builder until
        // the last payload word cost ~4 idle cycles a packet).
        self.m_axis_payload_tvalid.next = self.s_axis_tx_tvalid.val();
        self.s_axis_tx_tready.next = self.m_axis_payload_tready.val();
        match self.step.q.val() {
            TxStep::Idle => {
                if self.ack_valid.val() {
                    self.step.d.next = TxStep::Acknowledge;
                } else if self.tx_valid.val() {
                    self.step.d.next = TxStep::Request;
                }
            }
            TxStep::Acknowledge => {
                self.desc_valid.next = true;
                self.ack_ready.next = self.desc_ready.val();
                if self.desc_ready.val() {
                    self.acks.d.next = self.acks.q.val() + self.count_one.val();
                    self.step.d.next = TxStep::Idle;
                }
            }
            TxStep::Request => {
                self.desc_valid.next = true;
                self.tx_ready.next = self.desc_ready.val();
                if self.desc_ready.val() {
                    self.requests.d.next = self.requests.q.val() + self.count_one.val();
                    self.step.d.next = TxStep::Idle;
                }
            }
        }
        self.acks_sent.next = self.acks.q.val();
        self.requests_sent.next = self.requests.q.val();
        if self.reset.val() {
            self.step.d.next = TxStep::Idle;
            self.acks.d.next = self.count_zero.val();
            self.requests.d.next = self.count_zero.val();
        }
    }
}
