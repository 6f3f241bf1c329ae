//! The register map: every address and field the host can reach, defined once. The HDL register
//! slaves take their addresses from here, the driver and `nicctl` name registers from here, and
//! `docs/registers.md` is generated from here (a test fails when it is stale).
//!
//! Addresses are 16-bit **word** addresses on the internal bus; every register is 32 bits.

/// How software may use a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Access {
    ReadOnly,
    ReadWrite,
    /// Each 1 written acts once (a one-cycle pulse); reads return 0.
    WritePulse,
}

#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Field {
    pub name: &'static str,
    pub lsb: u32,
    pub width: u32,
    pub doc: &'static str,
}

#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Register {
    pub name: &'static str,
    /// Word offset inside the block.
    pub offset: u16,
    pub access: Access,
    pub reset: u32,
    pub doc: &'static str,
    /// Named bit fields; empty when the register is one 32-bit value.
    pub fields: &'static [Field],
}

#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Block {
    pub name: &'static str,
    /// Word address of offset 0; blocks are 256 words apart.
    pub base: u16,
    pub doc: &'static str,
    pub registers: &'static [Register],
}

/// Major version in the high half, minor in the low: bump the major when an address moves.
pub const MAP_VERSION: u32 = 0x0001_0001;
/// "NIC1": what the ID block's first register always reads.
pub const MAGIC: u32 = 0x4E49_4331;
/// Word addresses per block: a block is selected by the address's high byte.
pub const BLOCK_WORDS: u16 = 0x100;

const fn value(name: &'static str, offset: u16, doc: &'static str) -> Register {
    Register { name, offset, access: Access::ReadOnly, reset: 0, doc, fields: &[] }
}

const fn field(name: &'static str, lsb: u32, width: u32, doc: &'static str) -> Field {
    Field { name, lsb, width, doc }
}

pub const ID: Block = Block {
    name: "id",
    base: 0x0000,
    doc: "What the device is: check MAGIC and VERSION before anything else.",
    registers: &[
        Register { name: "MAGIC", offset: 0, access: Access::ReadOnly, reset: MAGIC, doc: "Always 0x4E494331 (\"NIC1\").", fields: &[] },
        Register { name: "VERSION", offset: 1, access: Access::ReadOnly, reset: MAP_VERSION, doc: "Register map version: major in bits 31:16, minor in 15:0.", fields: &[] },
        Register { name: "SCRATCH", offset: 2, access: Access::ReadWrite, reset: 0, doc: "Free for software: proves writes reach the device.", fields: &[] },
        Register { name: "CLOCK_HZ", offset: 3, access: Access::ReadOnly, reset: 0, doc: "The core clock in Hz, to turn cycle counts into time (0 in simulation tops).", fields: &[] },
        Register { name: "BLOCKS", offset: 4, access: Access::ReadOnly, reset: 0, doc: "Bit b: the device has the block at word address b × 0x100 (the control plane's own, bits 0–2, always); what `nicctl stats` reads.", fields: &[] },
    ],
};

pub const BRIDGE: Block = Block {
    name: "bridge",
    base: 0x0100,
    doc: "The UART register bridge's own counters (wrapping; software takes differences).",
    registers: &[
        value("FRAMES_OK", 0, "Request frames executed (their response sent)."),
        value("BAD_CHECKSUM", 1, "Request frames whose CRC-8 was wrong: answered with status BAD_CHECKSUM, nothing executed."),
        value("BAD_COMMAND", 2, "Frames with an unknown command or a word count outside 1..=64: answered BAD_COMMAND, then bytes are discarded until the line is idle."),
        value("TRUNCATED", 3, "Frames abandoned because the line went idle mid-frame: no answer."),
        value("NOISE_BYTES", 4, "Bytes outside any frame (not the sync byte), discarded."),
        value("BUS_ERRORS", 5, "Requests that reached an unmapped address: the frame stops there, answered BUS_ERROR."),
        value("FRAMING_ERRORS", 6, "UART characters without a stop bit, discarded."),
    ],
};

pub const POWER: Block = Block {
    name: "power",
    base: 0x0200,
    doc: "The power sequencer (docs/power-sequencer.md): state, rails, sticky faults, vault counters, and the BIOS's controls.",
    registers: &[
        Register {
            name: "STATUS",
            offset: 0,
            access: Access::ReadOnly,
            reset: 0,
            doc: "State and sticky status bits (sticky bits clear with CONTROL.REARM).",
            fields: &[
                field("STATE", 0, 4, "0 Off, 1 PowerOn, 2 Run, 3 Shutdown, 4 Shed, 5 SetFlag, 6 Reboot, 7 VaultWait, 8 VaultOff, 9 AcWait, 10 Fault."),
                field("POWER_OFF_FLAG", 4, 1, "Persistent: external power was lost while running; cleared by CONTROL.FLAG_CLEAR after a verified restore."),
                field("AC_GOOD", 5, 1, "ac_ok after debouncing."),
                field("FAULT", 6, 1, "A power-good fault is latched (state Fault until REARM)."),
                field("FAULT_PG_TIMEOUT", 7, 1, "A power-good did not come within its timeout."),
                field("FAULT_PG_LOST", 8, 1, "A settled power-good was lost."),
                field("VAULT_IMPOSSIBLE", 9, 1, "AC was lost without backup power: everything went off without a vault."),
                field("VAULT_FAILED", 10, 1, "The BIOS reported a failed vault."),
                field("WATCHDOG_EXPIRED", 11, 1, "The watchdog cut the last vault short."),
                field("CPU_REBOOT", 12, 1, "The reboot pulse to the CPU is active."),
            ],
        },
        value("RAIL_ENABLE", 1, "Rail enables driven, bit i for rail i (BOARD_RAILS order)."),
        value("RAIL_POWER_GOOD", 2, "Power-good inputs as sampled, bit i for rail i."),
        value("FAULT_RAILS", 3, "Sticky: rails whose power-good timed out or was lost."),
        value("VAULT_COUNT", 4, "Vaults started since configuration."),
        value("LAST_VAULT_CYCLES", 5, "Cycles from the start of the last vault to the BIOS's answer or the watchdog."),
        value("WATCHDOG_EXPIRIES", 6, "Vaults the watchdog cut short."),
        value("VAULT_ELAPSED", 7, "Cycles since the current (or last) vault started."),
        Register {
            name: "CONTROL",
            offset: 8,
            access: Access::WritePulse,
            reset: 0,
            doc: "Actions, each ORed with its board pin for one cycle.",
            fields: &[
                field("REARM", 0, 1, "Clear latched faults and sticky bits; leave Fault."),
                field("FLAG_CLEAR", 1, 1, "The BIOS restored and verified the vault: clear the power-off flag (ignored mid-vault)."),
                field("POWER_BUTTON", 2, 1, "Press the power button."),
                field("VAULT_DONE", 3, 1, "The BIOS saved memory: cut all power."),
                field("VAULT_FAILED", 4, 1, "The BIOS could not save memory: cut all power, latch VAULT_FAILED."),
            ],
        },
        value("PG_WATCHED", 9, "Rails whose power-good has settled and is watched (losing one is a fault)."),
        value("RAIL_INDEX", 10, "The rail being switched on or off (meaningful while sequencing)."),
        value("STEP_CYCLES", 11, "Cycles spent in the current step (saturating)."),
    ],
};

pub const NVME: Block = Block {
    name: "nvme",
    base: 0x0300,
    doc: "The NVMe-oF connectors and their failover supervisor (docs/controller-link.md): QP set-up, controller links, failback, state and counters (wrapping).",
    registers: &[
        Register {
            name: "QP_CONFIG",
            offset: 0,
            access: Access::WritePulse,
            reset: 0,
            doc: "Each write sets one QP up (or off) in the dispatcher and both connectors, forgetting what it held; wait for STATUS.CONFIG_BUSY to clear before the next.",
            fields: &[
                field("QP", 0, 16, "QP number (below the table size)."),
                field("ENABLE", 16, 1, "1: serve the QP; 0: switch it off."),
                field("CONNECTOR", 17, 1, "The connector that owns it."),
                field("CONTROLLER", 18, 1, "Its home controller: 0 A, 1 B."),
            ],
        },
        Register { name: "HEARTBEAT_TIMEOUT", offset: 1, access: Access::ReadWrite, reset: 0, doc: "Cycles without anything from a controller before it counts as failed (0: heartbeats not supervised).", fields: &[] },
        Register {
            name: "LINK_ADMIN_DOWN",
            offset: 2,
            access: Access::ReadWrite,
            reset: 0,
            doc: "Take a controller's links down administratively (its link_up is ignored): failover as if the link dropped.",
            fields: &[field("A", 0, 1, "Controller A."), field("B", 1, 1, "Controller B.")],
        },
        Register {
            name: "CONTROL",
            offset: 3,
            access: Access::WritePulse,
            reset: 0,
            doc: "Actions.",
            fields: &[field("FAILBACK", 0, 1, "Move QPs away from their home controller back to it (drained first); needs the home controller serving.")],
        },
        Register {
            name: "STATUS",
            offset: 4,
            access: Access::ReadOnly,
            reset: 0,
            doc: "Controller and configuration state.",
            fields: &[
                field("LINK_UP", 0, 2, "Bit c: controller c's link is up (and not administratively down)."),
                field("FENCED", 2, 2, "Bit c: controller c failed and is not yet readmitted (the back-end fence output)."),
                field("AVAILABLE", 4, 2, "Bit c: controller c can take QPs."),
                field("CONFIG_BUSY", 6, 1, "A QP_CONFIG write is still being applied."),
                field("CONFIG_REFUSED", 7, 1, "The last QP_CONFIG named a QP beyond the table, or the device's QPs are fixed by its build (the Colorlight i9): nothing changed."),
            ],
        },
        value("FAILOVERS", 5, "Controller failures detected."),
        value("FAILBACKS", 6, "Failback commands."),
        value("LAST_FAILOVER_CYCLES", 7, "Cycles from the last detection to the first work request caused by the controller that took over."),
        value("QP_MAP_LOW", 8, "QPs 0–7 as configured, 4 bits each (QP q at bit 4q): ENABLE, CONNECTOR, CONTROLLER (home), 0."),
        value("QP_MAP_HIGH", 9, "QPs 8–15, as QP_MAP_LOW."),
        value("PACKETS_DISPATCHED", 10, "SEND packets the dispatcher handed to a connector."),
        value("PACKETS_UNKNOWN_QP", 11, "SEND packets dropped by the dispatcher: QP not configured or beyond the table."),
        value("C0_COMMANDS_FORWARDED", 0x10, "Connector 0: Command capsules forwarded to a controller as CMD."),
        value("C0_COMPLETIONS_DELIVERED", 0x11, "Connector 0: CQEs that retired an outstanding command and went to the host."),
        value("C0_UNKNOWN_QP", 0x12, "Connector 0: Capsules for a QP this connector does not serve (the dispatcher's drops are PACKETS_UNKNOWN_QP)."),
        value("C0_SLOTS_FULL", 0x13, "Connector 0: Capsules that found every command slot of their QP taken."),
        value("C0_MALFORMED_CAPSULE", 0x14, "Connector 0: Capsules shorter than an SQE or with an SGL type not accepted."),
        value("C0_CAPSULE_TOO_LONG", 0x15, "Connector 0: Capsules longer than a command slot."),
        value("C0_WQE_UNKNOWN_QP", 0x16, "Connector 0: WQEs for a QP this connector does not serve."),
        value("C0_WQE_MALFORMED", 0x17, "Connector 0: WQEs cut short, with an unknown op or inconsistent lengths."),
        value("C0_CQE_UNKNOWN_CID", 0x18, "Connector 0: CQEs for a command that is not outstanding (dropped: exactly once)."),
        value("C0_READ_DATA_UNKNOWN", 0x19, "Connector 0: READ data for a READ nobody waits for."),
        value("C0_WRONG_LINK", 0x1A, "Connector 0: WQEs from a controller the QP is not bound to."),
        value("C0_COMMANDS_REPLAYED", 0x1B, "Connector 0: Outstanding commands replayed on the controller that took over."),
        value("C0_LATE_DISCARDED", 0x1C, "Connector 0: Messages from a fenced controller, discarded."),
        value("C0_TAKEOVERS_ACKED", 0x1D, "Connector 0: TAKEOVER_ACKs received."),
        value("C0_PATH_ERRORS_SENT", 0x1E, "Connector 0: Commands completed with a path error (no controller left)."),
        value("C0_WRITES_TRUNCATED", 0x1F, "Connector 0: RDMA WRITEs abandoned (refused by the requester) because their controller was lost."),
        value("C1_COMMANDS_FORWARDED", 0x20, "Connector 1: Command capsules forwarded to a controller as CMD."),
        value("C1_COMPLETIONS_DELIVERED", 0x21, "Connector 1: CQEs that retired an outstanding command and went to the host."),
        value("C1_UNKNOWN_QP", 0x22, "Connector 1: Capsules for a QP this connector does not serve (the dispatcher's drops are PACKETS_UNKNOWN_QP)."),
        value("C1_SLOTS_FULL", 0x23, "Connector 1: Capsules that found every command slot of their QP taken."),
        value("C1_MALFORMED_CAPSULE", 0x24, "Connector 1: Capsules shorter than an SQE or with an SGL type not accepted."),
        value("C1_CAPSULE_TOO_LONG", 0x25, "Connector 1: Capsules longer than a command slot."),
        value("C1_WQE_UNKNOWN_QP", 0x26, "Connector 1: WQEs for a QP this connector does not serve."),
        value("C1_WQE_MALFORMED", 0x27, "Connector 1: WQEs cut short, with an unknown op or inconsistent lengths."),
        value("C1_CQE_UNKNOWN_CID", 0x28, "Connector 1: CQEs for a command that is not outstanding (dropped: exactly once)."),
        value("C1_READ_DATA_UNKNOWN", 0x29, "Connector 1: READ data for a READ nobody waits for."),
        value("C1_WRONG_LINK", 0x2A, "Connector 1: WQEs from a controller the QP is not bound to."),
        value("C1_COMMANDS_REPLAYED", 0x2B, "Connector 1: Outstanding commands replayed on the controller that took over."),
        value("C1_LATE_DISCARDED", 0x2C, "Connector 1: Messages from a fenced controller, discarded."),
        value("C1_TAKEOVERS_ACKED", 0x2D, "Connector 1: TAKEOVER_ACKs received."),
        value("C1_PATH_ERRORS_SENT", 0x2E, "Connector 1: Commands completed with a path error (no controller left)."),
        value("C1_WRITES_TRUNCATED", 0x2F, "Connector 1: RDMA WRITEs abandoned (refused by the requester) because their controller was lost."),
    ],
};

pub const SELFTEST: Block = Block {
    name: "selftest",
    base: 0x0400,
    doc: "The board's receive self-test (docs/board.md): the image's frames through the parser, each verdict, descriptor and payload compared with the reference model's. Runs once after reset.",
    registers: &[
        Register {
            name: "STATUS",
            offset: 0,
            access: Access::ReadOnly,
            reset: 0,
            doc: "The current or last run.",
            fields: &[
                field("RUNNING", 0, 1, "A run is in progress."),
                field("PASSED", 1, 1, "The last run checked every frame and found no mismatch."),
                field("FAILED", 2, 1, "The last run found a mismatch or timed out."),
                field("MISMATCH_VERDICT", 4, 1, "A verdict (accepted or drop cause) differed from the model's."),
                field("MISMATCH_DESCRIPTOR", 5, 1, "A descriptor's opcode, QP, PSN or payload length differed."),
                field("MISMATCH_PAYLOAD", 6, 1, "A payload's words differed (their XOR)."),
                field("TIMEOUT", 7, 1, "The parser had not judged every frame 4096 cycles after the last beat."),
            ],
        },
        Register {
            name: "CONTROL",
            offset: 1,
            access: Access::WritePulse,
            reset: 0,
            doc: "Start a run.",
            fields: &[
                field("START", 0, 1, "Run the image again."),
                field("INJECT_FAULT", 1, 1, "With START: flip a bit of the first accepted frame's ICRC, so the run must fail (checks the checker)."),
            ],
        },
        value("IMAGE_FRAMES", 2, "Frames in the self-test image."),
        value("FRAMES_SENT", 3, "Frames fed to the parser in this run."),
        value("FRAMES_CHECKED", 4, "Verdicts checked in this run."),
        value("MISMATCHES", 5, "Mismatches found in this run."),
        value("FIRST_MISMATCH", 6, "Index in the image of the frame of the first mismatch (valid when MISMATCHES is not 0)."),
        value("RUN_CYCLES", 7, "Core clock cycles from the start of the run to its end."),
        value("RUNS", 8, "Runs finished since reset."),
        value("RUNS_PASSED", 9, "Runs passed since reset."),
        value("RX_ACCEPTED", 0x20, "The parser's counter of accepted frames (all runs; wrapping)."),
        value("RX_DROPPED_MAC_ERROR", 0x21, "Frames dropped for: the MAC flagged an error."),
        value("RX_DROPPED_VLAN_TAGGED", 0x22, "… a VLAN tag."),
        value("RX_DROPPED_IPV6", 0x23, "… IPv6 (RoCEv2 over IPv6 is not served)."),
        value("RX_DROPPED_ETHERTYPE", 0x24, "… another EtherType."),
        value("RX_DROPPED_IP_HEADER", 0x25, "… an IP version other than 4, or an IHL below 5."),
        value("RX_DROPPED_IP_OPTIONS", 0x26, "… IPv4 options."),
        value("RX_DROPPED_IP_FRAGMENT", 0x27, "… an IPv4 fragment."),
        value("RX_DROPPED_NOT_UDP", 0x28, "… not UDP."),
        value("RX_DROPPED_IP_CHECKSUM", 0x29, "… a wrong IPv4 header checksum."),
        value("RX_DROPPED_UDP_PORT", 0x2A, "… a UDP port other than 4791."),
        value("RX_DROPPED_BTH_VERSION", 0x2B, "… a BTH transport version other than 0."),
        value("RX_DROPPED_OPCODE", 0x2C, "… an opcode not served."),
        value("RX_DROPPED_PKEY", 0x2D, "… a P_Key other than the configured one."),
        value("RX_DROPPED_TRUNCATED", 0x2E, "… headers cut short."),
        value("RX_DROPPED_LENGTH", 0x2F, "… IPv4/UDP lengths that disagree with the frame."),
        value("RX_DROPPED_TOO_LONG", 0x30, "… a payload longer than the path MTU."),
        value("RX_DROPPED_PAYLOAD_LENGTH", 0x31, "… a payload length (or pad) the opcode does not allow."),
        value("RX_DROPPED_ICRC", 0x32, "… a wrong ICRC."),
    ],
};

pub const MAC: Block = Block {
    name: "mac",
    base: 0x0500,
    doc: "The gigabit Ethernet MAC of a board with a PHY (docs/mac.md): its counters by cause, each brought from the clock domain it counts in (wrapping).",
    registers: &[
        value("RX_FRAMES", 0, "Good frames received."),
        value("RX_PHY_ERRORS", 1, "Frames dropped: the PHY signalled a receive error (RX_ER) in them."),
        value("RX_RUNTS", 2, "Frames dropped: shorter than 64 bytes with their FCS."),
        value("RX_OVERSIZE", 3, "Frames dropped: longer than 1 522 bytes with their FCS."),
        value("RX_FCS_ERRORS", 4, "Frames dropped: a wrong FCS."),
        value("RX_FRAMING_ERRORS", 5, "Bursts dropped: no start-of-frame delimiter after the preamble."),
        value("RX_OVERFLOWS", 6, "Good frames dropped whole: the receive FIFO to the core was full."),
        value("TX_FRAMES", 7, "Frames sent."),
        value("TX_UNDERRUNS", 8, "Frames cut short on the wire (ended with TX_ER): the stream paused mid-frame."),
        value("TX_OVERSIZE", 9, "Frames from the core dropped whole: longer than the transmit FIFO (2 048 bytes)."),
    ],
};

pub const ROCE: Block = Block {
    name: "roce",
    base: 0x0600,
    doc: "The NIC core's RoCEv2 transport, on a board that carries the core (the Colorlight i9): the parser's frames by verdict, the responder's packets by outcome, the requester's events and the transmit path's counters (wrapping). Offsets 0x00, 0x20 and 0x40 start the parser's, responder's and requester's counter banks, indexed by verdict, outcome and event code.",
    registers: &[
        value("RX_ACCEPTED", 0x00, "Frames the parser accepted."),
        value("RX_DROPPED_MAC_ERROR", 0x01, "Frames dropped for: the MAC flagged an error."),
        value("RX_DROPPED_VLAN_TAGGED", 0x02, "… a VLAN tag."),
        value("RX_DROPPED_IPV6", 0x03, "… IPv6 (RoCEv2 over IPv6 is not served)."),
        value("RX_DROPPED_ETHERTYPE", 0x04, "… another EtherType."),
        value("RX_DROPPED_IP_HEADER", 0x05, "… an IP version other than 4, or an IHL below 5."),
        value("RX_DROPPED_IP_OPTIONS", 0x06, "… IPv4 options."),
        value("RX_DROPPED_IP_FRAGMENT", 0x07, "… an IPv4 fragment."),
        value("RX_DROPPED_NOT_UDP", 0x08, "… not UDP."),
        value("RX_DROPPED_IP_CHECKSUM", 0x09, "… a wrong IPv4 header checksum."),
        value("RX_DROPPED_UDP_PORT", 0x0A, "… a UDP port other than 4791."),
        value("RX_DROPPED_BTH_VERSION", 0x0B, "… a BTH transport version other than 0."),
        value("RX_DROPPED_OPCODE", 0x0C, "… an opcode not served."),
        value("RX_DROPPED_PKEY", 0x0D, "… a P_Key other than the configured one."),
        value("RX_DROPPED_TRUNCATED", 0x0E, "… headers cut short."),
        value("RX_DROPPED_LENGTH", 0x0F, "… IPv4/UDP lengths that disagree with the frame."),
        value("RX_DROPPED_TOO_LONG", 0x10, "… a payload longer than the path MTU."),
        value("RX_DROPPED_PAYLOAD_LENGTH", 0x11, "… a payload length (or pad) the opcode does not allow."),
        value("RX_DROPPED_ICRC", 0x12, "… a wrong ICRC."),
        value("RESPONDER_ACCEPTED_ACKED", 0x20, "Requests in sequence: delivered and ACKed."),
        value("RESPONDER_ACCEPTED_COALESCED", 0x21, "Requests in sequence: delivered, their ACK coalesced into a later one."),
        value("RESPONDER_DUPLICATE", 0x22, "Requests behind the expected PSN: not delivered again, re-ACKed."),
        value("RESPONDER_OUT_OF_SEQUENCE_NAK", 0x23, "Requests ahead of the expected PSN: dropped, NAK \"PSN sequence error\" sent."),
        value("RESPONDER_OUT_OF_SEQUENCE_SILENT", 0x24, "Requests ahead of the expected PSN with the NAK already sent: dropped."),
        value("RESPONDER_RECEIVER_NOT_READY", 0x25, "Message starts no command slot could take: RNR NAK sent."),
        value("RESPONDER_INVALID_REQUEST", 0x26, "Requests the responder does not serve: NAK \"invalid request\" sent."),
        value("REQUESTER_PACKETS_SENT", 0x40, "Packets sent for the first time."),
        value("REQUESTER_PACKETS_RESENT", 0x41, "Packets sent again (go-back-N)."),
        value("REQUESTER_TIMEOUTS", 0x42, "Retransmit timeouts."),
        value("REQUESTER_SEQUENCE_NAKS", 0x43, "NAKs \"PSN sequence error\" received."),
        value("REQUESTER_RNR_NAKS", 0x44, "RNR NAKs received."),
        value("REQUESTER_REMOTE_ERRORS", 0x45, "Fatal NAKs received: the QP went to error."),
        value("REQUESTER_RETRIES_EXCEEDED", 0x46, "Retries exhausted: the QP went to error."),
        value("REQUESTER_STALE_ACKS", 0x47, "ACKs or NAKs for no packet in flight: ignored."),
        value("REQUESTER_WRS_REFUSED", 0x48, "Work requests completed without being sent (too long, or flushed)."),
        value("REQUESTER_MESSAGES_COMPLETED", 0x49, "Messages fully acknowledged."),
        value("RX_UNKNOWN_QP", 0x60, "Accepted SENDs and responses for a QP that is not configured: dropped."),
        value("RX_NOT_SERVED", 0x61, "Accepted frames this NIC does not serve (RDMA WRITE or READ requests to it, QP 1 connection management, CNPs): dropped."),
        value("ACKS_SENT", 0x62, "ACK and NAK frames sent."),
        value("REQUESTS_SENT", 0x63, "Request packets (RDMA WRITE, SEND) sent."),
        value("WORK_REQUESTS_FAILED", 0x64, "Work requests from the connectors that completed with an error."),
        value("TX_FRAMES", 0x65, "Frames the builder sent."),
        value("TX_BAD_DESCRIPTORS", 0x66, "Transmit descriptors the builder refused (an unknown opcode, a payload over 4 096 bytes or where none belongs): nothing sent."),
        value("TX_PAYLOAD_MISMATCHES", 0x67, "Frames sent with their ICRC inverted, so every receiver drops them: the payload disagreed with its descriptor's length."),
        value("QP_ERROR", 0x68, "Bit q: QP q is in the error state (its retries ran out, or a fatal NAK)."),
    ],
};

/// Every block, in address order.
pub const MAP: &[Block] = &[ID, BRIDGE, POWER, NVME, SELFTEST, MAC, ROCE];

/// The blocks the control plane answers itself; the others answer on its external bus port.
pub const CONTROL_PLANE_BLOCKS: &[Block] = &[ID, BRIDGE, POWER];

/// What `id.BLOCKS` reads on a device with the control plane's blocks and `others`.
pub fn blocks_present(others: &[Block]) -> u32 {
    CONTROL_PLANE_BLOCKS.iter().chain(others).fold(0, |mask, b| mask | 1 << (b.base / BLOCK_WORDS))
}

impl Access {
    /// How the register table and `nicctl regs` write it.
    pub fn short(&self) -> &'static str {
        match self {
            Access::ReadOnly => "RO",
            Access::ReadWrite => "RW",
            Access::WritePulse => "W (pulse)",
        }
    }
}

impl Block {
    pub fn register(&self, name: &str) -> &'static Register {
        self.registers.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("block {} has no register {name}", self.name))
    }

    /// Word address of register `name`.
    pub fn address(&self, name: &str) -> u16 {
        self.base + self.register(name).offset
    }
}

impl Register {
    pub fn field(&self, name: &str) -> &'static Field {
        self.fields.iter().find(|f| f.name == name).unwrap_or_else(|| panic!("register {} has no field {name}", self.name))
    }
}

impl Field {
    pub fn extract(&self, word: u32) -> u32 {
        (word >> self.lsb) & (((1u64 << self.width) - 1) as u32)
    }
}

/// The full names ("block.REGISTER") of the registers called like `path`'s last part: what a
/// name given without its block (or with the wrong one) probably meant.
pub fn named_like(path: &str) -> Vec<String> {
    let register = path.rsplit('.').next().unwrap_or(path);
    MAP.iter().flat_map(|b| b.registers.iter().filter(|r| r.name.eq_ignore_ascii_case(register)).map(move |r| format!("{}.{}", b.name, r.name))).collect()
}

/// A register by "block.REGISTER" (case-insensitive), as `nicctl` and the driver name them.
pub fn find(path: &str) -> Option<(&'static Block, &'static Register)> {
    let (block, register) = path.split_once('.')?;
    let block = MAP.iter().find(|b| b.name.eq_ignore_ascii_case(block))?;
    let register = block.registers.iter().find(|r| r.name.eq_ignore_ascii_case(register))?;
    Some((block, register))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_unique_inside_their_blocks_and_fields_fit() {
        for (i, block) in MAP.iter().enumerate() {
            assert_eq!(block.base % BLOCK_WORDS, 0, "{}", block.name);
            assert!(MAP[..i].iter().all(|b| b.base < block.base), "blocks in address order");
            for (j, register) in block.registers.iter().enumerate() {
                assert!(register.offset < BLOCK_WORDS);
                assert!(block.registers[..j].iter().all(|r| r.offset != register.offset && r.name != register.name), "{}.{}", block.name, register.name);
                let mut used = 0u64;
                for f in register.fields {
                    let mask = ((1u64 << f.width) - 1) << f.lsb;
                    assert!(f.lsb + f.width <= 32 && used & mask == 0, "{}.{}.{}", block.name, register.name, f.name);
                    used |= mask;
                }
            }
        }
        assert_eq!(find("power.status").unwrap().1.field("STATE").extract(0x1237), 7);
        assert!(find("power.nothing").is_none() && find("nothing").is_none());
    }
}
