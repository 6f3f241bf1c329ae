//! The capsule receiver of a shared connector: takes the packets of host SEND messages from the
//! dispatcher (packets of different QPs interleave; a message's packets come in order), writes
//! each message — an NVMe command capsule, SQE and in-capsule data — into its command slot in
//! the capsule buffer, and hands every well-formed capsule to the connector's engine.
//!
//! A capsule takes the lowest free slot of its QP when its first beat arrives, whatever its CID
//! ([`super::qp_table`]): the slot is reserved from then on — while the rest of the message
//! arrives, while it waits for the engine and while it is outstanding. Refused, consumed whole
//! and counted: a capsule that finds every slot of its QP taken (`slots_full`), one shorter than
//! an SQE or whose SGL is not keyed (0x40, 0x4F), in-capsule (0x01) or empty
//! (`malformed_capsule`), one longer than a slot (`capsule_too_long`). A refused capsule writes
//! nothing into a taken slot and gives back the slot it was given.
//!
//! Per QP a reassembly word in block RAM carries a message across packet boundaries; each packet
//! costs two cycles to load it, then one cycle a beat. Block RAM has no reset: after `reset` the
//! receiver spends a cycle per QP clearing it (`s_axis_tready` low meanwhile).
//!
//! Capsules wait for the engine in a queue with room for every slot, never in the receiver: the
//! engine can be held up by the RC requester, whose progress needs ACKs that come in behind the
//! capsules on the same receive path — a receiver waiting for the engine would close that loop
//! (docs/nic-core.md). A capsule is queued only into a slot neither outstanding nor queued, so
//! the queue cannot overflow.

use rust_hdl::prelude::*;

/// What a message in progress has shown so far.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct Reassembly {
    pub active: Bit,
    /// No slot was free: consumed, not written.
    pub dropping: Bit,
    /// The slot it was given (its low `SLOT_BITS`).
    pub slot: Bits<8>,
    pub too_long: Bit,
    /// SGL bytes 24–31 were zero (half of an empty SGL).
    pub sgl_low_zero: Bit,
    pub sgl_ok: Bit,
    /// Opcode 0x7F, fctype Connect; and the queue ID (bytes 42–43) is 0.
    pub connect: Bit,
    pub admin_queue: Bit,
    pub cid: Bits<16>,
    pub bytes: Bits<16>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum ReceiverStep {
    Clear,
    Idle,
    /// The packet's QP's reassembly word is arriving from block RAM.
    Load,
    Stream,
}

/// A complete capsule waiting in the queue for the engine, in its slot.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct PostedCapsule {
    pub qp: Bits<8>,
    pub slot: Bits<8>,
    pub cid: Bits<16>,
    pub length: Bits<16>,
    pub admin_connect: Bit,
}

#[derive(LogicBlock)]
pub struct CapsuleReceiver<
    const QP_BITS: usize,
    const SLOT_BITS: usize,
    const SLOT_WORD_BITS: usize,
    const SLOT_ADDRESS_BITS: usize,
    const BUFFER_ADDRESS_BITS: usize,
    const SLOTS: usize,
> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Packets of SEND messages of this connector's QPs (the dispatcher's output).
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub s_axis_qp: Signal<In, Bits<QP_BITS>>,
    pub s_axis_message_end: Signal<In, Bit>,
    /// Bit {QP, slot}: the slot holds an outstanding command (kept by the engine).
    pub busy: Signal<In, Bits<SLOTS>>,
    pub buffer_write_enable: Signal<Out, Bit>,
    pub buffer_write_address: Signal<Out, Bits<BUFFER_ADDRESS_BITS>>,
    pub buffer_write_data: Signal<Out, Bits<64>>,
    /// A complete, well-formed capsule in its slot (valid/ready).
    pub capsule_valid: Signal<Out, Bit>,
    pub capsule_ready: Signal<In, Bit>,
    pub capsule_qp: Signal<Out, Bits<QP_BITS>>,
    pub capsule_slot: Signal<Out, Bits<SLOT_BITS>>,
    pub capsule_cid: Signal<Out, Bits<16>>,
    pub capsule_length: Signal<Out, Bits<16>>,
    pub capsule_admin_connect: Signal<Out, Bit>,
    /// Bit {QP, slot}: the slot is free again whatever it held (a QP set up or off).
    pub freed: Signal<In, Bits<SLOTS>>,
    /// Would a capsule for QP `probe_qp` be refused now (every slot of the QP taken)? What the
    /// RC responder asks before it acknowledges a capsule's first packet, so such a capsule is
    /// answered with an RNR NAK instead of being ACKed and dropped. A capsule the responder has
    /// passed on has its slot before the next one is judged: its first beat reaches this
    /// receiver while the rest of its packet (an SQE: 8 beats at least) still leaves the router.
    pub probe_qp: Signal<In, Bits<QP_BITS>>,
    pub probe_taken: Signal<Out, Bit>,
    /// A capsule was refused, by cause (one-cycle pulses).
    pub slots_full: Signal<Out, Bit>,
    pub malformed_capsule: Signal<Out, Bit>,
    pub capsule_too_long: Signal<Out, Bit>,
    progress: RAM<Reassembly, QP_BITS>,
    step: DFF<ReceiverStep>,
    qp: DFF<Bits<QP_BITS>>,
    work: DFF<Reassembly>,
    clear_qp: DFF<Bits<QP_BITS>>,
    /// The capsule queue: a ring of one entry per slot; pointers count modulo 2^16, a multiple
    /// of the ring's size. `queue_filled` trails `queue_write` by a cycle: an entry is offered
    /// once the block RAM can read it back.
    queue: RAM<PostedCapsule, SLOT_ADDRESS_BITS>,
    queue_write: DFF<Bits<16>>,
    queue_filled: DFF<Bits<16>>,
    queue_read: DFF<Bits<16>>,
    /// Bit {QP, slot}: a capsule in the queue.
    queued: DFF<Bits<SLOTS>>,
    queued_set: Signal<Local, Bits<SLOTS>>,
    queued_clear: Signal<Local, Bits<SLOTS>>,
    pop: Signal<Local, Bit>,
    /// Bit {QP, slot}: given to a message still arriving.
    receiving: DFF<Bits<SLOTS>>,
    receiving_set: Signal<Local, Bits<SLOTS>>,
    receiving_clear: Signal<Local, Bits<SLOTS>>,
    /// Bit {QP, slot}: receiving, queued or outstanding — not free.
    taken: Signal<Local, Bits<SLOTS>>,
    /// The input QP's slots that are free (bit = slot), its lowest free one, and whether any is.
    qp_free: Signal<Local, Bits<SLOTS>>,
    free_slot: Signal<Local, Bits<SLOT_BITS>>,
    free_found: Signal<Local, Bit>,
    free_index: Signal<Local, Bits<SLOT_BITS>>,
    read_next: Signal<Local, Bits<16>>,
    head_address: Signal<Local, Bits<SLOT_ADDRESS_BITS>>,
    posted: Signal<Local, PostedCapsule>,
    next: Signal<Local, Reassembly>,
    accept: Signal<Local, Bit>,
    first: Signal<Local, Bit>,
    cid: Signal<Local, Bits<16>>,
    slot: Signal<Local, Bits<SLOT_BITS>>,
    slot_address: Signal<Local, Bits<SLOT_ADDRESS_BITS>>,
    word: Signal<Local, Bits<16>>,
    keep_bytes: Signal<Local, Bits<16>>,
    /// The message's bytes before this beat.
    bytes_before: Signal<Local, Bits<16>>,
    /// With this beat the message is shorter than an SQE.
    short_of_sqe: Signal<Local, Bit>,
    /// The bytes an SQE lacks after the bytes before this beat, less one (when 0 to 7).
    sqe_bytes_lacking: Signal<Local, Bits<4>>,
    sgl_type: Signal<Local, Bits<8>>,
    slot_bits: Constant<Bits<SLOT_ADDRESS_BITS>>,
    slot_bits_wide: Constant<Bits<SLOTS>>,
    /// The slots of QP 0 (shifted to a QP's).
    qp_slot_mask: Constant<Bits<SLOTS>>,
    zero_slot: Constant<Bits<SLOT_BITS>>,
    one_slot: Constant<Bits<SLOT_BITS>>,
    slot_word_bits: Constant<Bits<BUFFER_ADDRESS_BITS>>,
    slot_word_bits_16: Constant<Bits<16>>,
    word_3: Constant<Bits<16>>,
    word_4: Constant<Bits<16>>,
    word_5: Constant<Bits<16>>,
    /// An SQE but its last beat: 56 bytes, and that beat's word.
    sqe_less_a_beat: Constant<Bits<16>>,
    last_sqe_word: Constant<Bits<16>>,
    /// The offset of an SQE's last byte (63), its low four bits.
    sqe_last_byte_low: Constant<Bits<4>>,
    opcode_fabrics: Constant<Bits<8>>,
    fctype_connect: Constant<Bits<8>>,
    sgl_keyed: Constant<Bits<8>>,
    sgl_keyed_invalidate: Constant<Bits<8>>,
    sgl_in_capsule: Constant<Bits<8>>,
    zero_16: Constant<Bits<16>>,
    zero_64: Constant<Bits<64>>,
    zero_qp: Constant<Bits<QP_BITS>>,
    one_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    bytes_1: Constant<Bits<16>>,
    bytes_2: Constant<Bits<16>>,
    bytes_3: Constant<Bits<16>>,
    bytes_4: Constant<Bits<16>>,
    bytes_5: Constant<Bits<16>>,
    bytes_6: Constant<Bits<16>>,
    bytes_7: Constant<Bits<16>>,
    bytes_8: Constant<Bits<16>>,
    one_slots: Constant<Bits<SLOTS>>,
    zero_slots: Constant<Bits<SLOTS>>,
    cleared: Constant<Reassembly>,
}

impl<
        const QP_BITS: usize,
        const SLOT_BITS: usize,
        const SLOT_WORD_BITS: usize,
        const SLOT_ADDRESS_BITS: usize,
        const BUFFER_ADDRESS_BITS: usize,
        const SLOTS: usize,
    > Default for CapsuleReceiver<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>
{
    fn default() -> Self {
        assert_eq!(SLOT_ADDRESS_BITS, QP_BITS + SLOT_BITS);
        assert_eq!(BUFFER_ADDRESS_BITS, SLOT_ADDRESS_BITS + SLOT_WORD_BITS);
        assert_eq!(SLOTS, 1 << SLOT_ADDRESS_BITS);
        // A slot holds at least an SQE and at most a link message's payload.
        assert!((3..=12).contains(&SLOT_WORD_BITS) && SLOT_BITS <= 8 && QP_BITS <= 8);
        use rust_hdl::prelude::Constant as K;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_qp: Default::default(),
            s_axis_message_end: Default::default(),
            busy: Default::default(),
            buffer_write_enable: Default::default(),
            buffer_write_address: Default::default(),
            buffer_write_data: Default::default(),
            capsule_valid: Default::default(),
            capsule_ready: Default::default(),
            capsule_qp: Default::default(),
            capsule_slot: Default::default(),
            capsule_cid: Default::default(),
            capsule_length: Default::default(),
            capsule_admin_connect: Default::default(),
            freed: Default::default(),
            probe_qp: Default::default(),
            probe_taken: Default::default(),
            slots_full: Default::default(),
            malformed_capsule: Default::default(),
            capsule_too_long: Default::default(),
            progress: Default::default(),
            step: Default::default(),
            qp: Default::default(),
            work: Default::default(),
            clear_qp: Default::default(),
            queue: Default::default(),
            queue_write: Default::default(),
            queue_filled: Default::default(),
            queue_read: Default::default(),
            queued: Default::default(),
            queued_set: Default::default(),
            queued_clear: Default::default(),
            pop: Default::default(),
            receiving: Default::default(),
            receiving_set: Default::default(),
            receiving_clear: Default::default(),
            taken: Default::default(),
            qp_free: Default::default(),
            free_slot: Default::default(),
            free_found: Default::default(),
            free_index: Default::default(),
            read_next: Default::default(),
            head_address: Default::default(),
            posted: Default::default(),
            next: Default::default(),
            accept: Default::default(),
            first: Default::default(),
            cid: Default::default(),
            slot: Default::default(),
            slot_address: Default::default(),
            word: Default::default(),
            keep_bytes: Default::default(),
            bytes_before: Default::default(),
            short_of_sqe: Default::default(),
            sqe_bytes_lacking: Default::default(),
            sgl_type: Default::default(),
            slot_bits: K::new((SLOT_BITS as u64).to_bits()),
            slot_bits_wide: K::new((SLOT_BITS as u64).to_bits()),
            qp_slot_mask: K::new(((1u64 << (1 << SLOT_BITS)) - 1).to_bits()),
            zero_slot: K::new(0u64.to_bits()),
            one_slot: K::new(1u64.to_bits()),
            slot_word_bits: K::new((SLOT_WORD_BITS as u64).to_bits()),
            slot_word_bits_16: K::new((SLOT_WORD_BITS as u64).to_bits()),
            word_3: K::new(3u64.to_bits()),
            word_4: K::new(4u64.to_bits()),
            word_5: K::new(5u64.to_bits()),
            sqe_less_a_beat: K::new(56u64.to_bits()),
            last_sqe_word: K::new(7u64.to_bits()),
            sqe_last_byte_low: K::new((63u64 & 0xF).to_bits()),
            opcode_fabrics: K::new(0x7Fu64.to_bits()),
            fctype_connect: K::new(0x01u64.to_bits()),
            sgl_keyed: K::new(0x40u64.to_bits()),
            sgl_keyed_invalidate: K::new(0x4Fu64.to_bits()),
            sgl_in_capsule: K::new(0x01u64.to_bits()),
            zero_16: K::new(0u64.to_bits()),
            zero_64: K::new(0u64.to_bits()),
            zero_qp: K::new(0u64.to_bits()),
            one_qp: K::new(1u64.to_bits()),
            last_qp: K::new(((1u64 << QP_BITS) - 1).to_bits()),
            bytes_1: K::new(1u64.to_bits()),
            bytes_2: K::new(2u64.to_bits()),
            bytes_3: K::new(3u64.to_bits()),
            bytes_4: K::new(4u64.to_bits()),
            bytes_5: K::new(5u64.to_bits()),
            bytes_6: K::new(6u64.to_bits()),
            bytes_7: K::new(7u64.to_bits()),
            bytes_8: K::new(8u64.to_bits()),
            one_slots: K::new(1u64.to_bits()),
            zero_slots: K::new(0u64.to_bits()),
            cleared: K::new(Reassembly::default()),
        }
    }
}

impl<
        const QP_BITS: usize,
        const SLOT_BITS: usize,
        const SLOT_WORD_BITS: usize,
        const SLOT_ADDRESS_BITS: usize,
        const BUFFER_ADDRESS_BITS: usize,
        const SLOTS: usize,
    > Logic for CapsuleReceiver<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, qp, work, clear_qp, queue_write, queue_filled, queue_read, queued, receiving
        );
        self.slots_full.next = false;
        self.malformed_capsule.next = false;
        self.capsule_too_long.next = false;
        self.progress.read_clock.next = self.clock.val();
        self.progress.write_clock.next = self.clock.val();
        self.progress.read_address.next = self.s_axis_qp.val();
        self.progress.write_enable.next = false;
        self.progress.write_address.next = self.qp.q.val();
        self.progress.write_data.next = self.work.q.val();
        self.buffer_write_enable.next = false;
        self.s_axis_tready.next = false;

        // The queue's head, offered to the engine.
        self.queue.read_clock.next = self.clock.val();
        self.queue.write_clock.next = self.clock.val();
        self.capsule_valid.next = self.queue_filled.q.val() != self.queue_read.q.val();
        self.capsule_qp.next = bit_cast::<QP_BITS, 8>(self.queue.read_data.val().qp);
        self.capsule_cid.next = self.queue.read_data.val().cid;
        self.capsule_slot.next = bit_cast::<SLOT_BITS, 8>(self.queue.read_data.val().slot);
        self.capsule_length.next = self.queue.read_data.val().length;
        self.capsule_admin_connect.next = self.queue.read_data.val().admin_connect;
        self.pop.next = self.capsule_valid.val() & self.capsule_ready.val();
        self.head_address.next = (bit_cast::<SLOT_ADDRESS_BITS, QP_BITS>(self.capsule_qp.val()) << self.slot_bits.val())
            | bit_cast::<SLOT_ADDRESS_BITS, SLOT_BITS>(self.capsule_slot.val());
        self.queued_clear.next = self.zero_slots.val();
        self.read_next.next = self.queue_read.q.val();
        if self.pop.val() {
            self.queued_clear.next = self.one_slots.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.head_address.val());
            self.read_next.next = self.queue_read.q.val() + self.bytes_1.val();
        }
        self.queue_read.d.next = self.read_next.val();
        self.queue.read_address.next = bit_cast::<SLOT_ADDRESS_BITS, 16>(self.read_next.val());
        self.queue_filled.d.next = self.queue_write.q.val();
        self.queued_set.next = self.zero_slots.val();
        self.receiving_set.next = self.zero_slots.val();
        self.receiving_clear.next = self.freed.val();

        // The beat on the input, as part of the message in `work`.
        self.accept.next = (self.step.q.val() == ReceiverStep::Stream) & self.s_axis_tvalid.val();
        self.first.next = !self.work.q.val().active;
        self.cid.next = self.work.q.val().cid;
        if self.first.val() {
            self.cid.next = self.s_axis_tdata.val().get_bits::<16>(16);
        }
        // A message's first beat takes the QP's lowest free slot (the sweeps of a failover visit
        // slots from 0 up to the last busy one: commands packed low are replayed sooner).
        // Only a first beat reads the search: done only then, so the simulator skips a shift
        // across every slot on the other beats (issue 25).
        self.taken.next = self.busy.val() | self.queued.q.val() | self.receiving.q.val();
        self.qp_free.next = self.zero_slots.val();
        self.free_found.next = false;
        self.free_slot.next = self.zero_slot.val();
        self.free_index.next = self.zero_slot.val();
        if self.first.val() {
            self.qp_free.next = !self.taken.val() >> (bit_cast::<SLOTS, QP_BITS>(self.qp.q.val()) << self.slot_bits_wide.val());
            for i in 0..(1 << SLOT_BITS) {
                if self.qp_free.val().get_bit(i) & !self.free_found.val() {
                    self.free_found.next = true;
                    self.free_slot.next = self.free_index.val();
                }
                self.free_index.next = self.free_index.val() + self.one_slot.val();
            }
        }
        self.slot.next = bit_cast::<SLOT_BITS, 8>(self.work.q.val().slot);
        if self.first.val() {
            self.slot.next = self.free_slot.val();
        }
        self.slot_address.next =
            (bit_cast::<SLOT_ADDRESS_BITS, QP_BITS>(self.qp.q.val()) << self.slot_bits.val()) | bit_cast::<SLOT_ADDRESS_BITS, SLOT_BITS>(self.slot.val());
        self.word.next = self.work.q.val().bytes >> 3;
        if self.first.val() {
            self.word.next = self.zero_16.val();
        }
        self.keep_bytes.next = self.bytes_8.val();
        if self.s_axis_tlast.val() {
            self.keep_bytes.next = self.zero_16.val();
            if self.s_axis_tkeep.val().get_bit(0) {
                self.keep_bytes.next = self.bytes_1.val();
            }
            if self.s_axis_tkeep.val().get_bit(1) {
                self.keep_bytes.next = self.bytes_2.val();
            }
            if self.s_axis_tkeep.val().get_bit(2) {
                self.keep_bytes.next = self.bytes_3.val();
            }
            if self.s_axis_tkeep.val().get_bit(3) {
                self.keep_bytes.next = self.bytes_4.val();
            }
            if self.s_axis_tkeep.val().get_bit(4) {
                self.keep_bytes.next = self.bytes_5.val();
            }
            if self.s_axis_tkeep.val().get_bit(5) {
                self.keep_bytes.next = self.bytes_6.val();
            }
            if self.s_axis_tkeep.val().get_bit(6) {
                self.keep_bytes.next = self.bytes_7.val();
            }
            if self.s_axis_tkeep.val().get_bit(7) {
                self.keep_bytes.next = self.bytes_8.val();
            }
        }
        self.sgl_type.next = self.s_axis_tdata.val().get_bits::<8>(56);

        self.probe_taken.next =
            !(!self.taken.val() & (self.qp_slot_mask.val() << (bit_cast::<SLOTS, QP_BITS>(self.probe_qp.val()) << self.slot_bits_wide.val()))).any();
        self.next.next = self.work.q.val();
        if self.first.val() {
            self.next.next.active = true;
            self.next.next.dropping = !self.free_found.val();
            self.next.next.slot = bit_cast::<8, SLOT_BITS>(self.free_slot.val());
            self.next.next.too_long = false;
            self.next.next.sgl_low_zero = false;
            self.next.next.sgl_ok = false;
            self.next.next.connect = (self.s_axis_tdata.val().get_bits::<8>(0) == self.opcode_fabrics.val())
                & (self.s_axis_tdata.val().get_bits::<8>(32) == self.fctype_connect.val());
            self.next.next.admin_queue = false;
            self.next.next.cid = self.cid.val();
            self.next.next.bytes = self.zero_16.val();
        }
        if self.word.val() == self.word_3.val() {
            self.next.next.sgl_low_zero = self.s_axis_tdata.val() == self.zero_64.val();
        }
        if self.word.val() == self.word_4.val() {
            self.next.next.sgl_ok = (self.sgl_type.val() == self.sgl_keyed.val())
                | (self.sgl_type.val() == self.sgl_keyed_invalidate.val())
                | (self.sgl_type.val() == self.sgl_in_capsule.val())
                | ((self.s_axis_tdata.val() == self.zero_64.val()) & self.work.q.val().sgl_low_zero);
        }
        if self.word.val() == self.word_5.val() {
            self.next.next.admin_queue = self.s_axis_tdata.val().get_bits::<16>(16) == self.zero_16.val();
        }
        if (self.word.val() >> self.slot_word_bits_16.val()) != self.zero_16.val() {
            self.next.next.too_long = true;
        }
        self.bytes_before.next = self.work.q.val().bytes;
        if self.first.val() {
            self.bytes_before.next = self.zero_16.val();
        }
        if !self.next.val().too_long {
            self.next.next.bytes = self.bytes_before.val() + self.keep_bytes.val();
        }
        // `next.bytes < 64`, decided without that sum's carry chain, which is on the path from
        // the beat's tkeep to the queue's write enable: a beat carries at most 8 bytes, so only
        // a message with 56 to 63 bytes before it depends on the beat: short while the beat
        // brings no more than 63 - before bytes (a 4-bit compare).
        self.sqe_bytes_lacking.next = self.sqe_last_byte_low.val() - self.bytes_before.val().get_bits::<4>(0);
        self.short_of_sqe.next = self.bytes_before.val() < self.sqe_less_a_beat.val();
        if (self.bytes_before.val() >> 3) == self.last_sqe_word.val() {
            self.short_of_sqe.next = self.keep_bytes.val().get_bits::<4>(0) <= self.sqe_bytes_lacking.val();
        }
        self.buffer_write_data.next = self.s_axis_tdata.val();
        self.buffer_write_address.next = (bit_cast::<BUFFER_ADDRESS_BITS, SLOT_ADDRESS_BITS>(self.slot_address.val()) << self.slot_word_bits.val())
            | bit_cast::<BUFFER_ADDRESS_BITS, SLOT_WORD_BITS>(self.word.val().get_bits::<SLOT_WORD_BITS>(0));

        // The capsule this beat ends, for the queue.
        self.posted.next.qp = bit_cast::<8, QP_BITS>(self.qp.q.val());
        self.posted.next.slot = bit_cast::<8, SLOT_BITS>(self.slot.val());
        self.posted.next.cid = self.cid.val();
        self.posted.next.length = self.next.val().bytes;
        self.posted.next.admin_connect = self.next.val().connect & self.next.val().admin_queue;
        self.queue.write_enable.next = false;
        self.queue.write_address.next = bit_cast::<SLOT_ADDRESS_BITS, 16>(self.queue_write.q.val());
        self.queue.write_data.next = self.posted.val();

        match self.step.q.val() {
            ReceiverStep::Clear => {
                self.progress.write_enable.next = true;
                self.progress.write_address.next = self.clear_qp.q.val();
                self.progress.write_data.next = self.cleared.val();
                self.clear_qp.d.next = self.clear_qp.q.val() + self.one_qp.val();
                if self.clear_qp.q.val() == self.last_qp.val() {
                    self.step.d.next = ReceiverStep::Idle;
                }
            }
            ReceiverStep::Idle => {
                if self.s_axis_tvalid.val() {
                    self.qp.d.next = self.s_axis_qp.val();
                    self.step.d.next = ReceiverStep::Load;
                }
            }
            ReceiverStep::Load => {
                self.work.d.next = self.progress.read_data.val();
                self.step.d.next = ReceiverStep::Stream;
            }
            ReceiverStep::Stream => {
                self.s_axis_tready.next = true;
                if self.accept.val() {
                    self.work.d.next = self.next.val();
                    self.buffer_write_enable.next = !self.next.val().dropping & !self.next.val().too_long;
                    if self.first.val() & !self.next.val().dropping {
                        self.receiving_set.next = self.one_slots.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val());
                    }
                    if self.s_axis_tlast.val() {
                        self.progress.write_enable.next = true;
                        self.progress.write_data.next = self.next.val();
                        self.step.d.next = ReceiverStep::Idle;
                        if self.s_axis_message_end.val() {
                            self.progress.write_data.next = self.cleared.val();
                            // The slot moves from receiving to queued, or is given back.
                            if !self.next.val().dropping {
                                self.receiving_clear.next =
                                    self.freed.val() | (self.one_slots.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val()));
                            }
                            if self.next.val().dropping {
                                self.slots_full.next = true;
                            } else if self.short_of_sqe.val() | !self.next.val().sgl_ok {
                                self.malformed_capsule.next = true;
                            } else if self.next.val().too_long {
                                self.capsule_too_long.next = true;
                            } else {
                                self.queue.write_enable.next = true;
                                self.queue_write.d.next = self.queue_write.q.val() + self.bytes_1.val();
                                self.queued_set.next = self.one_slots.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val());
                            }
                        }
                    }
                }
            }
            _ => {
                self.step.d.next = ReceiverStep::Clear;
            }
        }
        self.queued.d.next = (self.queued.q.val() | self.queued_set.val()) & !self.queued_clear.val();
        self.receiving.d.next = (self.receiving.q.val() | self.receiving_set.val()) & !self.receiving_clear.val();
        if self.reset.val() {
            self.step.d.next = ReceiverStep::Clear;
            self.clear_qp.d.next = self.zero_qp.val();
            self.queue_write.d.next = self.zero_16.val();
            self.queue_filled.d.next = self.zero_16.val();
            self.queue_read.d.next = self.zero_16.val();
            self.queued.d.next = self.zero_slots.val();
            self.receiving.d.next = self.zero_slots.val();
        }
    }
}
