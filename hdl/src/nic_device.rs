//! The device as software sees it: the control plane (UART register bridge, power sequencer),
//! the NVMe-oF connectors behind the dispatcher, and the `nvme` register block that reaches
//! them from the bus. The simulated device (`nicctl sim serve`) runs this top; its control
//! plane pins keep the control plane's names, the connectors' streams are the `connector_pair`
//! ports.

use crate::bundles::connector_counters::ConnectorCounters;
use crate::bundles::controller_links::ControllerLinks;
use crate::bundles::work_request::WorkRequestSource;
use crate::control_plane::{ControlPlane, RAILS};
use crate::nic::connector_pair::ConnectorPair;
use crate::nic::nvme_registers::NvmeRegisters;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct NicDevice<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    pub direct_enable: Signal<In, Bit>,
    pub direct_request: Signal<In, Bit>,
    pub direct_write: Signal<In, Bit>,
    pub direct_address: Signal<In, Bits<16>>,
    pub direct_write_data: Signal<In, Bits<32>>,
    pub direct_done: Signal<Out, Bit>,
    pub direct_read_data: Signal<Out, Bits<32>>,
    pub direct_error: Signal<Out, Bit>,
    pub ac_ok: Signal<In, Bit>,
    pub orderly_shutdown: Signal<In, Bit>,
    pub backup_ok: Signal<In, Bit>,
    pub pg: Signal<In, Bits<RAILS>>,
    pub bios_vault_done: Signal<In, Bit>,
    pub bios_vault_failed: Signal<In, Bit>,
    pub power_button: Signal<In, Bit>,
    pub rail_en: Signal<Out, Bits<RAILS>>,
    pub cpu_reboot: Signal<Out, Bit>,
    pub power_off_flag: Signal<Out, Bit>,
    pub power_fault: Signal<Out, Bit>,
    /// Host SEND packets (in order per QP), controller links' state, the back-end fence.
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub s_axis_qp: Signal<In, Bits<24>>,
    pub s_axis_message_end: Signal<In, Bit>,
    /// The connectors' slot probe, for an RC responder in front (`ConnectorPair::probe_taken`).
    pub probe_qp: Signal<In, Bits<QP_BITS>>,
    pub probe_taken: Signal<Out, Bit>,
    pub link_up: Signal<In, Bits<2>>,
    pub fence_backend: Signal<Out, Bits<2>>,
    /// Each connector's links to its controllers and work requests (the `connector_pair` bundles).
    pub c0_links: ControllerLinks,
    pub c0_work: WorkRequestSource<QP_BITS>,
    pub c1_links: ControllerLinks,
    pub c1_work: WorkRequestSource<QP_BITS>,
    control: ControlPlane,
    nvme: NvmeRegisters<QP_BITS>,
    connectors: ConnectorPair<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>,
    /// QPs are set up over the bus here (`nvme.QP_CONFIG`).
    no_fixed_qp_map: Constant<Bits<64>>,
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize> NicDevice<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS> {
    pub fn new(control: ControlPlane) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            direct_enable: Default::default(),
            direct_request: Default::default(),
            direct_write: Default::default(),
            direct_address: Default::default(),
            direct_write_data: Default::default(),
            direct_done: Default::default(),
            direct_read_data: Default::default(),
            direct_error: Default::default(),
            ac_ok: Default::default(),
            orderly_shutdown: Default::default(),
            backup_ok: Default::default(),
            pg: Default::default(),
            bios_vault_done: Default::default(),
            bios_vault_failed: Default::default(),
            power_button: Default::default(),
            rail_en: Default::default(),
            cpu_reboot: Default::default(),
            power_off_flag: Default::default(),
            power_fault: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_qp: Default::default(),
            probe_qp: Default::default(),
            probe_taken: Default::default(),
            s_axis_message_end: Default::default(),
            link_up: Default::default(),
            fence_backend: Default::default(),
            c0_links: Default::default(),
            c0_work: Default::default(),
            c1_links: Default::default(),
            c1_work: Default::default(),
            control,
            nvme: Default::default(),
            connectors: Default::default(),
            no_fixed_qp_map: crate::constant::constant(0),
        }
    }
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize> Logic for NicDevice<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS> {
    #[hdl_gen]
    fn update(&mut self) {
        self.control.clock.next = self.clock.val();
        self.control.reset.next = self.reset.val();
        self.nvme.clock.next = self.clock.val();
        self.nvme.reset.next = self.reset.val();
        self.connectors.clock.next = self.clock.val();
        self.connectors.reset.next = self.reset.val();
        self.control.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.control.uart_tx.val();
        self.control.direct_enable.next = self.direct_enable.val();
        self.control.direct_request.next = self.direct_request.val();
        self.control.direct_write.next = self.direct_write.val();
        self.control.direct_address.next = self.direct_address.val();
        self.control.direct_write_data.next = self.direct_write_data.val();
        self.direct_done.next = self.control.direct_done.val();
        self.direct_read_data.next = self.control.direct_read_data.val();
        self.direct_error.next = self.control.direct_error.val();
        self.control.ac_ok.next = self.ac_ok.val();
        self.control.orderly_shutdown.next = self.orderly_shutdown.val();
        self.control.backup_ok.next = self.backup_ok.val();
        self.control.pg.next = self.pg.val();
        self.control.bios_vault_done.next = self.bios_vault_done.val();
        self.control.bios_vault_failed.next = self.bios_vault_failed.val();
        self.control.power_button.next = self.power_button.val();
        self.rail_en.next = self.control.rail_en.val();
        self.cpu_reboot.next = self.control.cpu_reboot.val();
        self.power_off_flag.next = self.control.power_off_flag.val();
        self.power_fault.next = self.control.power_fault.val();
        // The nvme block on the control plane's external bus port.
        self.nvme.bus_request.next = self.control.ext_request.val();
        self.nvme.bus_write.next = self.control.ext_write.val();
        self.nvme.bus_address.next = self.control.ext_address.val();
        self.nvme.bus_write_data.next = self.control.ext_write_data.val();
        self.control.ext_ack.next = self.nvme.bus_ack.val();
        self.control.ext_read_data.next = self.nvme.bus_read_data.val();
        self.connectors.cfg_valid.next = self.nvme.cfg_valid.val();
        self.connectors.cfg_qp.next = self.nvme.cfg_qp.val();
        self.connectors.cfg_enable.next = self.nvme.cfg_enable.val();
        self.connectors.cfg_connector.next = self.nvme.cfg_connector.val();
        self.connectors.cfg_controller.next = self.nvme.cfg_controller.val();
        self.connectors.heartbeat_timeout.next = self.nvme.heartbeat_timeout.val();
        self.connectors.link_up.next = self.nvme.link_up.val();
        self.connectors.failback_request.next = self.nvme.failback.val();
        self.nvme.cfg_ready.next = self.connectors.cfg_ready.val();
        self.nvme.link_up_pins.next = self.link_up.val();
        self.nvme.fixed_qps.next = false;
        self.nvme.fixed_qp_map.next = self.no_fixed_qp_map.val();
        self.nvme.fenced.next = self.connectors.fence_backend.val();
        self.nvme.available.next = self.connectors.available.val();
        self.nvme.failovers.next = self.connectors.failovers.val();
        self.nvme.failbacks.next = self.connectors.failbacks.val();
        self.nvme.last_failover_cycles.next = self.connectors.last_failover_cycles.val();
        self.nvme.packets_dispatched.next = self.connectors.packets_dispatched.val();
        self.nvme.packets_unknown_qp.next = self.connectors.packets_unknown_qp.val();
        ConnectorCounters::join(&mut self.connectors.c0_counters, &mut self.nvme.c0_counters);
        ConnectorCounters::join(&mut self.connectors.c1_counters, &mut self.nvme.c1_counters);
        self.fence_backend.next = self.connectors.fence_backend.val();
        self.connectors.s_axis_tdata.next = self.s_axis_tdata.val();
        self.connectors.s_axis_tkeep.next = self.s_axis_tkeep.val();
        self.connectors.s_axis_tlast.next = self.s_axis_tlast.val();
        self.connectors.s_axis_tvalid.next = self.s_axis_tvalid.val();
        self.s_axis_tready.next = self.connectors.s_axis_tready.val();
        self.connectors.s_axis_qp.next = self.s_axis_qp.val();
        self.connectors.probe_qp.next = self.probe_qp.val();
        self.probe_taken.next = self.connectors.probe_taken.val();
        self.connectors.s_axis_message_end.next = self.s_axis_message_end.val();
        ControllerLinks::link(&mut self.c0_links, &mut self.connectors.c0_links);
        WorkRequestSource::<QP_BITS>::link(&mut self.c0_work, &mut self.connectors.c0_work);
        ControllerLinks::link(&mut self.c1_links, &mut self.connectors.c1_links);
        WorkRequestSource::<QP_BITS>::link(&mut self.c1_work, &mut self.connectors.c1_work);
    }
}
