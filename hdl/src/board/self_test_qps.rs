//! The NIC's addresses and the two QPs of the boards' NIC core (`SmallNicCore`), as the values
//! of its set-up ports: the whole-path self-test and the Colorlight i9 both set the core up
//! this way. `index` picks the QP whose `cfg_*` values are presented.

use super::nic_self_test::{NIC_SELF_TEST_IP, NIC_SELF_TEST_MAC, NIC_SELF_TEST_MTU_SHIFT, NIC_SELF_TEST_QPN_BASE, NIC_SELF_TEST_QPS};
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SelfTestQps {
    /// Which QP's set-up to present: 0 or 1.
    pub index: Signal<In, Bit>,
    pub local_mac: Signal<Out, Bits<48>>,
    pub local_ip: Signal<Out, Bits<32>>,
    pub local_qpn_base: Signal<Out, Bits<24>>,
    pub mtu_shift: Signal<Out, Bits<3>>,
    /// The requester's timer tick (cycles − 1) and RNR timer code.
    pub timer_prescale: Signal<Out, Bits<16>>,
    pub rnr_timer: Signal<Out, Bits<5>>,
    pub cfg_qp: Signal<Out, Bits<2>>,
    pub cfg_connector: Signal<Out, Bit>,
    pub cfg_controller: Signal<Out, Bit>,
    pub cfg_peer_mac: Signal<Out, Bits<48>>,
    pub cfg_peer_ip: Signal<Out, Bits<32>>,
    pub cfg_peer_qpn: Signal<Out, Bits<24>>,
    pub cfg_rx_psn: Signal<Out, Bits<24>>,
    pub cfg_tx_psn: Signal<Out, Bits<24>>,
    /// Each QP's retransmit timeout in ticks (far beyond a run, so a missing ACK shows as a
    /// mismatch, not as a resend) and retry limit.
    pub cfg_timeout: Signal<Out, Bits<16>>,
    pub cfg_retry_limit: Signal<Out, Bits<4>>,
    mac: Constant<Bits<48>>,
    ip: Constant<Bits<32>>,
    qpn_base: Constant<Bits<24>>,
    mtu: Constant<Bits<3>>,
    prescale: Constant<Bits<16>>,
    rnr: Constant<Bits<5>>,
    timeout: Constant<Bits<16>>,
    retry_limit: Constant<Bits<4>>,
    qp0: Constant<Bits<2>>,
    qp0_connector: Constant<Bit>,
    qp0_controller: Constant<Bit>,
    qp0_mac: Constant<Bits<48>>,
    qp0_ip: Constant<Bits<32>>,
    qp0_qpn: Constant<Bits<24>>,
    qp0_host_psn: Constant<Bits<24>>,
    qp0_nic_psn: Constant<Bits<24>>,
    qp1: Constant<Bits<2>>,
    qp1_connector: Constant<Bit>,
    qp1_controller: Constant<Bit>,
    qp1_mac: Constant<Bits<48>>,
    qp1_ip: Constant<Bits<32>>,
    qp1_qpn: Constant<Bits<24>>,
    qp1_host_psn: Constant<Bits<24>>,
    qp1_nic_psn: Constant<Bits<24>>,
}

impl Default for SelfTestQps {
    fn default() -> Self {
        let [qp0, qp1] = NIC_SELF_TEST_QPS;
        Self {
            index: Default::default(),
            local_mac: Default::default(),
            local_ip: Default::default(),
            local_qpn_base: Default::default(),
            mtu_shift: Default::default(),
            timer_prescale: Default::default(),
            rnr_timer: Default::default(),
            cfg_qp: Default::default(),
            cfg_connector: Default::default(),
            cfg_controller: Default::default(),
            cfg_peer_mac: Default::default(),
            cfg_peer_ip: Default::default(),
            cfg_peer_qpn: Default::default(),
            cfg_rx_psn: Default::default(),
            cfg_tx_psn: Default::default(),
            cfg_timeout: Default::default(),
            cfg_retry_limit: Default::default(),
            mac: constant(NIC_SELF_TEST_MAC),
            ip: constant(NIC_SELF_TEST_IP as u64),
            qpn_base: constant(NIC_SELF_TEST_QPN_BASE as u64),
            mtu: constant(NIC_SELF_TEST_MTU_SHIFT),
            prescale: constant(0xFFFF),
            rnr: constant(1),
            timeout: constant(0xFFFF),
            retry_limit: constant(7),
            qp0: constant(qp0.qp as u64),
            qp0_connector: Constant::new(qp0.connector == 1),
            qp0_controller: Constant::new(qp0.controller == 1),
            qp0_mac: constant(qp0.peer_mac),
            qp0_ip: constant(qp0.peer_ip as u64),
            qp0_qpn: constant(qp0.peer_qpn as u64),
            qp0_host_psn: constant(qp0.host_psn as u64),
            qp0_nic_psn: constant(qp0.nic_psn as u64),
            qp1: constant(qp1.qp as u64),
            qp1_connector: Constant::new(qp1.connector == 1),
            qp1_controller: Constant::new(qp1.controller == 1),
            qp1_mac: constant(qp1.peer_mac),
            qp1_ip: constant(qp1.peer_ip as u64),
            qp1_qpn: constant(qp1.peer_qpn as u64),
            qp1_host_psn: constant(qp1.host_psn as u64),
            qp1_nic_psn: constant(qp1.nic_psn as u64),
        }
    }
}

impl Logic for SelfTestQps {
    #[hdl_gen]
    fn update(&mut self) {
        self.local_mac.next = self.mac.val();
        self.local_ip.next = self.ip.val();
        self.local_qpn_base.next = self.qpn_base.val();
        self.mtu_shift.next = self.mtu.val();
        self.timer_prescale.next = self.prescale.val();
        self.rnr_timer.next = self.rnr.val();
        self.cfg_timeout.next = self.timeout.val();
        self.cfg_retry_limit.next = self.retry_limit.val();
        self.cfg_qp.next = self.qp0.val();
        self.cfg_connector.next = self.qp0_connector.val();
        self.cfg_controller.next = self.qp0_controller.val();
        self.cfg_peer_mac.next = self.qp0_mac.val();
        self.cfg_peer_ip.next = self.qp0_ip.val();
        self.cfg_peer_qpn.next = self.qp0_qpn.val();
        self.cfg_rx_psn.next = self.qp0_host_psn.val();
        self.cfg_tx_psn.next = self.qp0_nic_psn.val();
        if self.index.val() {
            self.cfg_qp.next = self.qp1.val();
            self.cfg_connector.next = self.qp1_connector.val();
            self.cfg_controller.next = self.qp1_controller.val();
            self.cfg_peer_mac.next = self.qp1_mac.val();
            self.cfg_peer_ip.next = self.qp1_ip.val();
            self.cfg_peer_qpn.next = self.qp1_qpn.val();
            self.cfg_rx_psn.next = self.qp1_host_psn.val();
            self.cfg_tx_psn.next = self.qp1_nic_psn.val();
        }
    }
}
