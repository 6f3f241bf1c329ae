//! Cycle-accurate model of `nic_hdl::stream::skid_buffer::SkidBuffer`.

/// What the buffer drives during a cycle. All of it is registered, so it depends only on state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkidOutputs<T> {
    pub in_ready: bool,
    pub out_valid: bool,
    /// Meaningful only while `out_valid`.
    pub out_data: Option<T>,
}

/// What the environment drives during a cycle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkidInputs<T> {
    pub reset: bool,
    pub in_valid: bool,
    pub in_data: T,
    pub out_ready: bool,
}

#[derive(Clone, Debug, Default)]
pub struct SkidBufferModel<T> {
    main: Option<T>,
    skid: Option<T>,
}

impl<T: Clone> SkidBufferModel<T> {
    pub fn new() -> Self {
        Self { main: None, skid: None }
    }

    pub fn outputs(&self) -> SkidOutputs<T> {
        SkidOutputs { in_ready: self.skid.is_none(), out_valid: self.main.is_some(), out_data: self.main.clone() }
    }

    /// Advances one rising edge with `inputs` applied during the cycle.
    pub fn clock(&mut self, inputs: &SkidInputs<T>) {
        if inputs.reset {
            *self = Self::new();
            return;
        }
        if inputs.out_ready || self.main.is_none() {
            self.main = match self.skid.take() {
                Some(parked) => Some(parked),
                None => inputs.in_valid.then(|| inputs.in_data.clone()),
            };
        } else if inputs.in_valid && self.skid.is_none() {
            self.skid = Some(inputs.in_data.clone());
        }
    }
}
