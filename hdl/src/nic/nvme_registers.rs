//! The `nvme` register block (`registers::map::NVME`): QP set-up, controller links, failback,
//! and the connectors' and supervisor's state and counters, on the control plane's external bus
//! port. Answers (`ack`, `read_data`) are registered: a request in cycle t is answered in t+1.
//!
//! A `QP_CONFIG` write is held until both connectors take it (`STATUS.CONFIG_BUSY`); a QP number
//! beyond the table is refused (`STATUS.CONFIG_REFUSED`, until the next `QP_CONFIG` write) and
//! never reaches the table, where it would alias another QP. What was configured is kept here
//! too (`QP_MAP_*`): block RAM cannot be read back without a port of its own.

use crate::bundles::connector_counters::ConnectorCountersIn;
use crate::registers::map::NVME;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct NvmeRegisters<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus_request: Signal<In, Bit>,
    pub bus_write: Signal<In, Bit>,
    pub bus_address: Signal<In, Bits<16>>,
    pub bus_write_data: Signal<In, Bits<32>>,
    pub bus_ack: Signal<Out, Bit>,
    pub bus_read_data: Signal<Out, Bits<32>>,
    /// To the connectors: QP set-up (valid/ready), heartbeat timeout, links, failback.
    pub cfg_valid: Signal<Out, Bit>,
    pub cfg_ready: Signal<In, Bit>,
    pub cfg_qp: Signal<Out, Bits<QP_BITS>>,
    pub cfg_enable: Signal<Out, Bit>,
    pub cfg_connector: Signal<Out, Bit>,
    pub cfg_controller: Signal<Out, Bit>,
    pub heartbeat_timeout: Signal<Out, Bits<16>>,
    /// The links' state as the pins say, and as the connectors see it (administratively down
    /// links removed).
    pub link_up_pins: Signal<In, Bits<2>>,
    pub link_up: Signal<Out, Bits<2>>,
    pub failback: Signal<Out, Bit>,
    pub fenced: Signal<In, Bits<2>>,
    pub available: Signal<In, Bits<2>>,
    pub failovers: Signal<In, Bits<32>>,
    pub failbacks: Signal<In, Bits<32>>,
    pub last_failover_cycles: Signal<In, Bits<32>>,
    pub packets_dispatched: Signal<In, Bits<32>>,
    pub packets_unknown_qp: Signal<In, Bits<32>>,
    /// Each connector's counters.
    pub c0_counters: ConnectorCountersIn,
    pub c1_counters: ConnectorCountersIn,
    /// A board whose QPs are set up by its build (the Colorlight i9): QP_CONFIG writes are
    /// refused, and QP_MAP reads `fixed_qp_map`.
    pub fixed_qps: Signal<In, Bit>,
    pub fixed_qp_map: Signal<In, Bits<64>>,
    pending: DFF<Bit>,
    refused: DFF<Bit>,
    config_qp: DFF<Bits<QP_BITS>>,
    config_bits: DFF<Bits<3>>,
    qp_map: DFF<Bits<64>>,
    timeout: DFF<Bits<32>>,
    admin_down: DFF<Bits<2>>,
    failback_pulse: DFF<Bit>,
    ack: DFF<Bit>,
    read_data: DFF<Bits<32>>,
    offset: Signal<Local, Bits<16>>,
    selected: Signal<Local, Bit>,
    qp_field: Signal<Local, Bits<16>>,
    nibble_shift: Signal<Local, Bits<64>>,
    status: Signal<Local, Bits<32>>,
    links: Signal<Local, Bits<2>>,
    map: Signal<Local, Bits<64>>,
    block_base: Constant<Bits<16>>,
    block_mask: Constant<Bits<16>>,
    qp_high_mask: Constant<Bits<16>>,
    nibble: Constant<Bits<64>>,
    two: Constant<Bits<64>>,
    zero_16: Constant<Bits<16>>,
    zero_32: Constant<Bits<32>>,
    zero_64: Constant<Bits<64>>,
    zero_2: Constant<Bits<2>>,
    fenced_shift: Constant<Bits<32>>,
    available_shift: Constant<Bits<32>>,
    config_busy_bit: Constant<Bits<32>>,
    config_refused_bit: Constant<Bits<32>>,
    at_qp_config: Constant<Bits<16>>,
    at_heartbeat_timeout: Constant<Bits<16>>,
    at_link_admin_down: Constant<Bits<16>>,
    at_control: Constant<Bits<16>>,
    at_status: Constant<Bits<16>>,
    at_failovers: Constant<Bits<16>>,
    at_failbacks: Constant<Bits<16>>,
    at_last_failover_cycles: Constant<Bits<16>>,
    at_qp_map_low: Constant<Bits<16>>,
    at_qp_map_high: Constant<Bits<16>>,
    at_packets_dispatched: Constant<Bits<16>>,
    at_packets_unknown_qp: Constant<Bits<16>>,
    at_c0_commands_forwarded: Constant<Bits<16>>,
    at_c0_completions_delivered: Constant<Bits<16>>,
    at_c0_unknown_qp: Constant<Bits<16>>,
    at_c0_slots_full: Constant<Bits<16>>,
    at_c0_malformed_capsule: Constant<Bits<16>>,
    at_c0_capsule_too_long: Constant<Bits<16>>,
    at_c0_wqe_unknown_qp: Constant<Bits<16>>,
    at_c0_wqe_malformed: Constant<Bits<16>>,
    at_c0_cqe_unknown_cid: Constant<Bits<16>>,
    at_c0_read_data_unknown: Constant<Bits<16>>,
    at_c0_wrong_link: Constant<Bits<16>>,
    at_c0_commands_replayed: Constant<Bits<16>>,
    at_c0_late_discarded: Constant<Bits<16>>,
    at_c0_takeovers_acked: Constant<Bits<16>>,
    at_c0_path_errors_sent: Constant<Bits<16>>,
    at_c0_writes_truncated: Constant<Bits<16>>,
    at_c1_commands_forwarded: Constant<Bits<16>>,
    at_c1_completions_delivered: Constant<Bits<16>>,
    at_c1_unknown_qp: Constant<Bits<16>>,
    at_c1_slots_full: Constant<Bits<16>>,
    at_c1_malformed_capsule: Constant<Bits<16>>,
    at_c1_capsule_too_long: Constant<Bits<16>>,
    at_c1_wqe_unknown_qp: Constant<Bits<16>>,
    at_c1_wqe_malformed: Constant<Bits<16>>,
    at_c1_cqe_unknown_cid: Constant<Bits<16>>,
    at_c1_read_data_unknown: Constant<Bits<16>>,
    at_c1_wrong_link: Constant<Bits<16>>,
    at_c1_commands_replayed: Constant<Bits<16>>,
    at_c1_late_discarded: Constant<Bits<16>>,
    at_c1_takeovers_acked: Constant<Bits<16>>,
    at_c1_path_errors_sent: Constant<Bits<16>>,
    at_c1_writes_truncated: Constant<Bits<16>>,
}

impl<const QP_BITS: usize> Default for NvmeRegisters<QP_BITS> {
    fn default() -> Self {
        assert!(QP_BITS <= 4, "QP_MAP holds 16 QPs");
        let status = NVME.register("STATUS");
        let at = |name: &str| Constant::new((NVME.register(name).offset as u64).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus_request: Default::default(),
            bus_write: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_ack: Default::default(),
            bus_read_data: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_connector: Default::default(),
            cfg_controller: Default::default(),
            heartbeat_timeout: Default::default(),
            link_up_pins: Default::default(),
            link_up: Default::default(),
            failback: Default::default(),
            fenced: Default::default(),
            available: Default::default(),
            failovers: Default::default(),
            failbacks: Default::default(),
            last_failover_cycles: Default::default(),
            packets_dispatched: Default::default(),
            packets_unknown_qp: Default::default(),
            c0_counters: Default::default(),
            c1_counters: Default::default(),
            fixed_qps: Default::default(),
            fixed_qp_map: Default::default(),
            pending: Default::default(),
            refused: Default::default(),
            config_qp: Default::default(),
            config_bits: Default::default(),
            qp_map: Default::default(),
            timeout: Default::default(),
            admin_down: Default::default(),
            failback_pulse: Default::default(),
            ack: Default::default(),
            read_data: Default::default(),
            offset: Default::default(),
            selected: Default::default(),
            qp_field: Default::default(),
            nibble_shift: Default::default(),
            status: Default::default(),
            links: Default::default(),
            map: Default::default(),
            fenced_shift: Constant::new((status.field("FENCED").lsb as u64).to_bits()),
            available_shift: Constant::new((status.field("AVAILABLE").lsb as u64).to_bits()),
            config_busy_bit: Constant::new((1u64 << status.field("CONFIG_BUSY").lsb).to_bits()),
            config_refused_bit: Constant::new((1u64 << status.field("CONFIG_REFUSED").lsb).to_bits()),
            block_base: Constant::new((NVME.base as u64).to_bits()),
            block_mask: Constant::new(0xFF00u64.to_bits()),
            qp_high_mask: Constant::new((0xFFFFu64 & !((1u64 << QP_BITS) - 1)).to_bits()),
            nibble: Constant::new(0xFu64.to_bits()),
            two: Constant::new(2u64.to_bits()),
            zero_16: Constant::new(0u64.to_bits()),
            zero_32: Constant::new(0u64.to_bits()),
            zero_64: Constant::new(0u64.to_bits()),
            zero_2: Constant::new(0u64.to_bits()),
            at_qp_config: at("QP_CONFIG"),
            at_heartbeat_timeout: at("HEARTBEAT_TIMEOUT"),
            at_link_admin_down: at("LINK_ADMIN_DOWN"),
            at_control: at("CONTROL"),
            at_status: at("STATUS"),
            at_failovers: at("FAILOVERS"),
            at_failbacks: at("FAILBACKS"),
            at_last_failover_cycles: at("LAST_FAILOVER_CYCLES"),
            at_qp_map_low: at("QP_MAP_LOW"),
            at_qp_map_high: at("QP_MAP_HIGH"),
            at_packets_dispatched: at("PACKETS_DISPATCHED"),
            at_packets_unknown_qp: at("PACKETS_UNKNOWN_QP"),
            at_c0_commands_forwarded: at("C0_COMMANDS_FORWARDED"),
            at_c0_completions_delivered: at("C0_COMPLETIONS_DELIVERED"),
            at_c0_unknown_qp: at("C0_UNKNOWN_QP"),
            at_c0_slots_full: at("C0_SLOTS_FULL"),
            at_c0_malformed_capsule: at("C0_MALFORMED_CAPSULE"),
            at_c0_capsule_too_long: at("C0_CAPSULE_TOO_LONG"),
            at_c0_wqe_unknown_qp: at("C0_WQE_UNKNOWN_QP"),
            at_c0_wqe_malformed: at("C0_WQE_MALFORMED"),
            at_c0_cqe_unknown_cid: at("C0_CQE_UNKNOWN_CID"),
            at_c0_read_data_unknown: at("C0_READ_DATA_UNKNOWN"),
            at_c0_wrong_link: at("C0_WRONG_LINK"),
            at_c0_commands_replayed: at("C0_COMMANDS_REPLAYED"),
            at_c0_late_discarded: at("C0_LATE_DISCARDED"),
            at_c0_takeovers_acked: at("C0_TAKEOVERS_ACKED"),
            at_c0_path_errors_sent: at("C0_PATH_ERRORS_SENT"),
            at_c0_writes_truncated: at("C0_WRITES_TRUNCATED"),
            at_c1_commands_forwarded: at("C1_COMMANDS_FORWARDED"),
            at_c1_completions_delivered: at("C1_COMPLETIONS_DELIVERED"),
            at_c1_unknown_qp: at("C1_UNKNOWN_QP"),
            at_c1_slots_full: at("C1_SLOTS_FULL"),
            at_c1_malformed_capsule: at("C1_MALFORMED_CAPSULE"),
            at_c1_capsule_too_long: at("C1_CAPSULE_TOO_LONG"),
            at_c1_wqe_unknown_qp: at("C1_WQE_UNKNOWN_QP"),
            at_c1_wqe_malformed: at("C1_WQE_MALFORMED"),
            at_c1_cqe_unknown_cid: at("C1_CQE_UNKNOWN_CID"),
            at_c1_read_data_unknown: at("C1_READ_DATA_UNKNOWN"),
            at_c1_wrong_link: at("C1_WRONG_LINK"),
            at_c1_commands_replayed: at("C1_COMMANDS_REPLAYED"),
            at_c1_late_discarded: at("C1_LATE_DISCARDED"),
            at_c1_takeovers_acked: at("C1_TAKEOVERS_ACKED"),
            at_c1_path_errors_sent: at("C1_PATH_ERRORS_SENT"),
            at_c1_writes_truncated: at("C1_WRITES_TRUNCATED"),
        }
    }
}

impl<const QP_BITS: usize> Logic for NvmeRegisters<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pending, refused, config_qp, config_bits, qp_map, timeout, admin_down, failback_pulse, ack, read_data);
        self.offset.next = self.bus_address.val() & !self.block_mask.val();
        self.selected.next = self.bus_request.val() & ((self.bus_address.val() & self.block_mask.val()) == self.block_base.val());
        self.qp_field.next = self.bus_write_data.val().get_bits::<16>(0);
        self.nibble_shift.next = bit_cast::<64, QP_BITS>(self.qp_field.val().get_bits::<QP_BITS>(0)) << self.two.val();
        self.failback_pulse.d.next = false;
        // Writes.
        if self.selected.val() & self.bus_write.val() {
            if self.offset.val() == self.at_qp_config.val() {
                if ((self.qp_field.val() & self.qp_high_mask.val()) == self.zero_16.val()) & !self.fixed_qps.val() {
                    self.pending.d.next = true;
                    self.refused.d.next = false;
                    self.config_qp.d.next = self.qp_field.val().get_bits::<QP_BITS>(0);
                    self.config_bits.d.next = self.bus_write_data.val().get_bits::<3>(16);
                    self.qp_map.d.next = (self.qp_map.q.val() & !(self.nibble.val() << self.nibble_shift.val()))
                        | (bit_cast::<64, 3>(self.bus_write_data.val().get_bits::<3>(16)) << self.nibble_shift.val());
                } else {
                    self.refused.d.next = true;
                }
            }
            if self.offset.val() == self.at_heartbeat_timeout.val() {
                self.timeout.d.next = self.bus_write_data.val();
            }
            if self.offset.val() == self.at_link_admin_down.val() {
                self.admin_down.d.next = self.bus_write_data.val().get_bits::<2>(0);
            }
            if self.offset.val() == self.at_control.val() {
                self.failback_pulse.d.next = self.bus_write_data.val().get_bit(0);
            }
        }
        if self.pending.q.val() & self.cfg_ready.val() {
            self.pending.d.next = false;
        }
        self.cfg_valid.next = self.pending.q.val();
        self.cfg_qp.next = self.config_qp.q.val();
        self.cfg_enable.next = self.config_bits.q.val().get_bit(0);
        self.cfg_connector.next = self.config_bits.q.val().get_bit(1);
        self.cfg_controller.next = self.config_bits.q.val().get_bit(2);
        // The supervisor's timeout is 16 bits: larger values saturate.
        self.heartbeat_timeout.next = self.timeout.q.val().get_bits::<16>(0);
        if self.timeout.q.val().get_bits::<16>(16) != self.zero_16.val() {
            self.heartbeat_timeout.next = !self.zero_16.val();
        }
        self.map.next = self.qp_map.q.val();
        if self.fixed_qps.val() {
            self.map.next = self.fixed_qp_map.val();
        }
        self.links.next = self.link_up_pins.val() & !self.admin_down.q.val();
        self.link_up.next = self.links.val();
        self.failback.next = self.failback_pulse.q.val();
        self.status.next = bit_cast::<32, 2>(self.links.val())
            | (bit_cast::<32, 2>(self.fenced.val()) << self.fenced_shift.val())
            | (bit_cast::<32, 2>(self.available.val()) << self.available_shift.val());
        if self.pending.q.val() {
            self.status.next = self.status.val() | self.config_busy_bit.val();
        }
        if self.refused.q.val() {
            self.status.next = self.status.val() | self.config_refused_bit.val();
        }
        // Reads, answered next cycle.
        self.ack.d.next = false;
        self.read_data.d.next = self.zero_32.val();
        if self.selected.val() {
            self.ack.d.next = true;
            if self.offset.val() == self.at_qp_config.val() {
                self.read_data.d.next = self.zero_32.val();
            } else if self.offset.val() == self.at_heartbeat_timeout.val() {
                self.read_data.d.next = self.timeout.q.val();
            } else if self.offset.val() == self.at_link_admin_down.val() {
                self.read_data.d.next = bit_cast::<32, 2>(self.admin_down.q.val());
            } else if self.offset.val() == self.at_control.val() {
                self.read_data.d.next = self.zero_32.val();
            } else if self.offset.val() == self.at_status.val() {
                self.read_data.d.next = self.status.val();
            } else if self.offset.val() == self.at_failovers.val() {
                self.read_data.d.next = self.failovers.val();
            } else if self.offset.val() == self.at_failbacks.val() {
                self.read_data.d.next = self.failbacks.val();
            } else if self.offset.val() == self.at_last_failover_cycles.val() {
                self.read_data.d.next = self.last_failover_cycles.val();
            } else if self.offset.val() == self.at_qp_map_low.val() {
                self.read_data.d.next = self.map.val().get_bits::<32>(0);
            } else if self.offset.val() == self.at_qp_map_high.val() {
                self.read_data.d.next = self.map.val().get_bits::<32>(32);
            } else if self.offset.val() == self.at_packets_dispatched.val() {
                self.read_data.d.next = self.packets_dispatched.val();
            } else if self.offset.val() == self.at_packets_unknown_qp.val() {
                self.read_data.d.next = self.packets_unknown_qp.val();
            } else if self.offset.val() == self.at_c0_commands_forwarded.val() {
                self.read_data.d.next = self.c0_counters.commands_forwarded.val();
            } else if self.offset.val() == self.at_c0_completions_delivered.val() {
                self.read_data.d.next = self.c0_counters.completions_delivered.val();
            } else if self.offset.val() == self.at_c0_unknown_qp.val() {
                self.read_data.d.next = self.c0_counters.unknown_qp.val();
            } else if self.offset.val() == self.at_c0_slots_full.val() {
                self.read_data.d.next = self.c0_counters.slots_full.val();
            } else if self.offset.val() == self.at_c0_malformed_capsule.val() {
                self.read_data.d.next = self.c0_counters.malformed_capsule.val();
            } else if self.offset.val() == self.at_c0_capsule_too_long.val() {
                self.read_data.d.next = self.c0_counters.capsule_too_long.val();
            } else if self.offset.val() == self.at_c0_wqe_unknown_qp.val() {
                self.read_data.d.next = self.c0_counters.wqe_unknown_qp.val();
            } else if self.offset.val() == self.at_c0_wqe_malformed.val() {
                self.read_data.d.next = self.c0_counters.wqe_malformed.val();
            } else if self.offset.val() == self.at_c0_cqe_unknown_cid.val() {
                self.read_data.d.next = self.c0_counters.cqe_unknown_cid.val();
            } else if self.offset.val() == self.at_c0_read_data_unknown.val() {
                self.read_data.d.next = self.c0_counters.read_data_unknown.val();
            } else if self.offset.val() == self.at_c0_wrong_link.val() {
                self.read_data.d.next = self.c0_counters.wrong_link.val();
            } else if self.offset.val() == self.at_c0_commands_replayed.val() {
                self.read_data.d.next = self.c0_counters.commands_replayed.val();
            } else if self.offset.val() == self.at_c0_late_discarded.val() {
                self.read_data.d.next = self.c0_counters.late_discarded.val();
            } else if self.offset.val() == self.at_c0_takeovers_acked.val() {
                self.read_data.d.next = self.c0_counters.takeovers_acked.val();
            } else if self.offset.val() == self.at_c0_path_errors_sent.val() {
                self.read_data.d.next = self.c0_counters.path_errors_sent.val();
            } else if self.offset.val() == self.at_c0_writes_truncated.val() {
                self.read_data.d.next = self.c0_counters.writes_truncated.val();
            } else if self.offset.val() == self.at_c1_commands_forwarded.val() {
                self.read_data.d.next = self.c1_counters.commands_forwarded.val();
            } else if self.offset.val() == self.at_c1_completions_delivered.val() {
                self.read_data.d.next = self.c1_counters.completions_delivered.val();
            } else if self.offset.val() == self.at_c1_unknown_qp.val() {
                self.read_data.d.next = self.c1_counters.unknown_qp.val();
            } else if self.offset.val() == self.at_c1_slots_full.val() {
                self.read_data.d.next = self.c1_counters.slots_full.val();
            } else if self.offset.val() == self.at_c1_malformed_capsule.val() {
                self.read_data.d.next = self.c1_counters.malformed_capsule.val();
            } else if self.offset.val() == self.at_c1_capsule_too_long.val() {
                self.read_data.d.next = self.c1_counters.capsule_too_long.val();
            } else if self.offset.val() == self.at_c1_wqe_unknown_qp.val() {
                self.read_data.d.next = self.c1_counters.wqe_unknown_qp.val();
            } else if self.offset.val() == self.at_c1_wqe_malformed.val() {
                self.read_data.d.next = self.c1_counters.wqe_malformed.val();
            } else if self.offset.val() == self.at_c1_cqe_unknown_cid.val() {
                self.read_data.d.next = self.c1_counters.cqe_unknown_cid.val();
            } else if self.offset.val() == self.at_c1_read_data_unknown.val() {
                self.read_data.d.next = self.c1_counters.read_data_unknown.val();
            } else if self.offset.val() == self.at_c1_wrong_link.val() {
                self.read_data.d.next = self.c1_counters.wrong_link.val();
            } else if self.offset.val() == self.at_c1_commands_replayed.val() {
                self.read_data.d.next = self.c1_counters.commands_replayed.val();
            } else if self.offset.val() == self.at_c1_late_discarded.val() {
                self.read_data.d.next = self.c1_counters.late_discarded.val();
            } else if self.offset.val() == self.at_c1_takeovers_acked.val() {
                self.read_data.d.next = self.c1_counters.takeovers_acked.val();
            } else if self.offset.val() == self.at_c1_path_errors_sent.val() {
                self.read_data.d.next = self.c1_counters.path_errors_sent.val();
            } else if self.offset.val() == self.at_c1_writes_truncated.val() {
                self.read_data.d.next = self.c1_counters.writes_truncated.val();
            } else {
                self.ack.d.next = false;
            }
        }
        self.bus_ack.next = self.ack.q.val();
        self.bus_read_data.next = self.read_data.q.val();
        if self.reset.val() {
            self.pending.d.next = false;
            self.refused.d.next = false;
            self.qp_map.d.next = self.zero_64.val();
            self.timeout.d.next = self.zero_32.val();
            self.admin_down.d.next = self.zero_2.val();
            self.ack.d.next = false;
        }
    }
}
