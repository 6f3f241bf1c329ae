//! A value that moves by jumps, read in another clock domain: the frame FIFOs' commit point,
//! which moves a whole frame at a time.
//!
//! A Gray code crosses safely only when it steps by one (`counter_crossing`): a jump changes
//! several bits at once, and a sample caught while they change can be a value the source never
//! held. A commit point read that way could run past the frame it belongs to. So the value
//! crosses by handshake, as a frame FIFO's commit pointer does in Forencich's
//! `axis_async_fifo`: the source copies it into a register (`held`) and flips `request`; the
//! reader sees the flip through two flip-flops, takes `held` whole and flips `taken` back,
//! which the source sees through two flip-flops of its own. `held` does not change between its
//! flip and that acknowledgement, so the reader samples a register that has been still for at
//! least one of its cycles: every value read is one the source held. Changes made while a
//! handshake is under way are not lost: the next handshake carries the latest value. A change
//! reaches the reader one source cycle and three of its own cycles later when no handshake is
//! under way; a round trip takes about three cycles of each clock.
//!
//! The two resets must overlap, as the FIFO's do.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct HandshakeCrossing<const BITS: usize> {
    /// The source's domain and the value (any change, any cycle).
    pub source_clock: Signal<In, Clock>,
    pub source_reset: Signal<In, Bit>,
    pub source_value: Signal<In, Bits<BITS>>,
    /// The reader's domain and the value as seen there (0 after reset).
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub value: Signal<Out, Bits<BITS>>,
    // Source domain.
    /// The value in flight: still from the flip of `request` until the reader's acknowledgement.
    held: DFF<Bits<BITS>>,
    request: DFF<Bit>,
    acknowledge_metastable: DFF<Bit>,
    acknowledge_seen: DFF<Bit>,
    // Reader's domain.
    request_metastable: DFF<Bit>,
    request_seen: DFF<Bit>,
    /// The last request taken, also the acknowledgement sent back.
    taken: DFF<Bit>,
    seen: DFF<Bits<BITS>>,
    zero: Constant<Bits<BITS>>,
}

impl<const BITS: usize> Default for HandshakeCrossing<BITS> {
    fn default() -> Self {
        Self {
            source_clock: Default::default(),
            source_reset: Default::default(),
            source_value: Default::default(),
            clock: Default::default(),
            reset: Default::default(),
            value: Default::default(),
            held: Default::default(),
            request: Default::default(),
            acknowledge_metastable: Default::default(),
            acknowledge_seen: Default::default(),
            request_metastable: Default::default(),
            request_seen: Default::default(),
            taken: Default::default(),
            seen: Default::default(),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const BITS: usize> Logic for HandshakeCrossing<BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, source_clock, held, request, acknowledge_metastable, acknowledge_seen);
        dff_setup!(self, clock, request_metastable, request_seen, taken, seen);

        // Source: a new value goes out only when the last one has been acknowledged.
        self.acknowledge_metastable.d.next = self.taken.q.val();
        self.acknowledge_seen.d.next = self.acknowledge_metastable.q.val();
        if (self.request.q.val() == self.acknowledge_seen.q.val()) & (self.source_value.val() != self.held.q.val()) {
            self.held.d.next = self.source_value.val();
            self.request.d.next = !self.request.q.val();
        }
        if self.source_reset.val() {
            self.held.d.next = self.zero.val();
            self.request.d.next = false;
            self.acknowledge_metastable.d.next = false;
            self.acknowledge_seen.d.next = false;
        }

        // Reader: a request seen is taken whole; `held` has been still since it was flipped.
        self.request_metastable.d.next = self.request.q.val();
        self.request_seen.d.next = self.request_metastable.q.val();
        if self.request_seen.q.val() != self.taken.q.val() {
            self.seen.d.next = self.held.q.val();
            self.taken.d.next = self.request_seen.q.val();
        }
        self.value.next = self.seen.q.val();
        if self.reset.val() {
            self.request_metastable.d.next = false;
            self.request_seen.d.next = false;
            self.taken.d.next = false;
            self.seen.d.next = self.zero.val();
        }
    }
}

#[cfg(test)]
mod tests {
    //! In rust-hdl's own simulator, which lets the test see the flip-flops inside: the property is
    //! about when `held` changes, which no port shows. No simulator models metastability; what
    //! is checked is the timing the argument above rests on.
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Default)]
    struct Run {
        /// Every value the source held, in order.
        source_values: Vec<u64>,
        captures: usize,
        violations: Vec<String>,
        last_seen: u64,
    }

    /// Half-periods of the two clocks; the source changes its value at random (fixed seed), often
    /// in every one of its cycles, then holds its last value.
    fn run(source_half_period: u64, reader_half_period: u64, seed: u64) -> Run {
        const SOURCE_CYCLES: u64 = 600;
        let result = Arc::new(Mutex::new(Run::default()));
        let mut uut = HandshakeCrossing::<8>::default();
        uut.source_clock.connect();
        uut.source_reset.connect();
        uut.source_value.connect();
        uut.clock.connect();
        uut.reset.connect();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(source_half_period, |x: &mut Box<HandshakeCrossing<8>>| x.source_clock.next = !x.source_clock.val());
        sim.add_clock(reader_half_period, |x: &mut Box<HandshakeCrossing<8>>| x.clock.next = !x.clock.val());
        let source = result.clone();
        sim.add_testbench(move |mut sim: Sim<HandshakeCrossing<8>>| {
            let mut x = sim.init()?;
            let mut state = seed | 1;
            x.source_reset.next = true;
            wait_clock_cycles!(sim, source_clock, x, 4);
            x.source_reset.next = false;
            for _ in 0..SOURCE_CYCLES {
                // xorshift64
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                if state % 4 != 0 {
                    let value = (state >> 8) & 0xff;
                    x.source_value.next = value.to_bits();
                    source.lock().unwrap().source_values.push(value);
                }
                wait_clock_cycle!(sim, source_clock, x);
            }
            sim.done(x)
        });
        let reader = result.clone();
        let reader_cycles = (SOURCE_CYCLES + 40) * source_half_period / reader_half_period + 40;
        sim.add_testbench(move |mut sim: Sim<HandshakeCrossing<8>>| {
            let mut x = sim.init()?;
            x.reset.next = true;
            wait_clock_cycles!(sim, clock, x, 4);
            x.reset.next = false;
            let mut held_before = x.held.q.val().index() as u64;
            let mut taken_before = x.taken.q.val();
            for _ in 0..reader_cycles {
                wait_clock_cycle!(sim, clock, x);
                let held = x.held.q.val().index() as u64;
                let mut run = reader.lock().unwrap();
                if x.taken.q.val() != taken_before {
                    run.captures += 1;
                    let seen = x.seen.q.val().index() as u64;
                    if seen != held_before {
                        let time = sim.time();
                        run.violations.push(format!("t={time}: took {seen:#x}, but one reader cycle before the bus held {held_before:#x}"));
                    }
                }
                taken_before = x.taken.q.val();
                held_before = held;
                run.last_seen = x.value.val().index() as u64;
            }
            sim.done(x)
        });
        let end = (SOURCE_CYCLES + 100) * 2 * source_half_period.max(reader_half_period) * 4;
        sim.run(Box::new(uut), end).unwrap();
        Arc::try_unwrap(result).ok().unwrap().into_inner().unwrap()
    }

    #[test]
    fn the_reader_takes_only_a_value_held_still_and_ends_with_the_last() {
        // Source faster, slower, and nearly equal to the reader.
        for (source, reader, seed) in [(5, 7, 1), (7, 5, 2), (5, 13, 3), (13, 5, 4), (7, 8, 5)] {
            let run = run(source, reader, seed);
            let context = format!("half-periods source {source} reader {reader}, seed {seed}");
            assert!(run.violations.is_empty(), "{context}: {}", run.violations.join("\n"));
            assert!(run.captures >= 20, "{context}: only {} values crossed", run.captures);
            assert_eq!(run.last_seen, *run.source_values.last().unwrap(), "{context}: the last value did not arrive");
        }
    }
}
