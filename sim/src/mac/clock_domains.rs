//! Several free-running clocks in one simulation: which one rises next.
//!
//! Every design here is clocked on rising edges only, so a testbench needs just the order of the
//! rising edges. Periods are in picoseconds; equal times go to the domain listed first.

pub struct ClockDomains {
    periods_ps: Vec<u64>,
    next_rise_ps: Vec<u64>,
    now_ps: u64,
}

impl ClockDomains {
    /// Clocks with these periods, each first rising one period from now.
    pub fn new(periods_ps: &[u64]) -> Self {
        assert!(periods_ps.iter().all(|&p| p > 0), "a clock period must be positive: {periods_ps:?}");
        Self { periods_ps: periods_ps.to_vec(), next_rise_ps: periods_ps.to_vec(), now_ps: 0 }
    }

    /// The domain whose clock rises next; time moves to that edge.
    pub fn next_rise(&mut self) -> usize {
        let (domain, &at) = self.next_rise_ps.iter().enumerate().min_by_key(|(i, &t)| (t, *i)).expect("at least one clock");
        self.now_ps = at;
        self.next_rise_ps[domain] += self.periods_ps[domain];
        domain
    }

    /// The time of the last edge returned.
    pub fn now_ps(&self) -> u64 {
        self.now_ps
    }
}
