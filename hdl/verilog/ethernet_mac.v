// ethernet_mac: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module ethernet_mac(clock,reset,rx_clock,rx_reset,tx_clock,tx_reset,gmii_rxd,gmii_rx_dv,gmii_rx_er,gmii_txd,gmii_tx_en,gmii_tx_er,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,rx_frames,rx_phy_errors,rx_runts,rx_oversize,rx_fcs_errors,rx_framing_errors,rx_overflows,tx_frames,tx_underruns,tx_oversize);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx_clock;
    input wire  rx_reset;
    input wire  tx_clock;
    input wire  tx_reset;
    input wire  [7:0] gmii_rxd;
    input wire  gmii_rx_dv;
    input wire  gmii_rx_er;
    output reg  [7:0] gmii_txd;
    output reg  gmii_tx_en;
    output reg  gmii_tx_er;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [31:0] rx_frames;
    output reg  [31:0] rx_phy_errors;
    output reg  [31:0] rx_runts;
    output reg  [31:0] rx_oversize;
    output reg  [31:0] rx_fcs_errors;
    output reg  [31:0] rx_framing_errors;
    output reg  [31:0] rx_overflows;
    output reg  [31:0] tx_frames;
    output reg  [31:0] tx_underruns;
    output reg  [31:0] tx_oversize;
    
    // Constant declarations
    localparam  counter_step = 32'h1;
    localparam  counter_start = 32'h0;
    
    // Stub signals
    reg  receiver$clock;
    reg  receiver$reset;
    reg  [7:0] receiver$gmii_rxd;
    reg  receiver$gmii_rx_dv;
    reg  receiver$gmii_rx_er;
    wire  [7:0] receiver$m_axis_tdata;
    wire  receiver$m_axis_tvalid;
    wire  receiver$m_axis_tlast;
    wire  receiver$m_axis_tuser;
    wire  [31:0] receiver$frames;
    wire  [31:0] receiver$phy_errors;
    wire  [31:0] receiver$runts;
    wire  [31:0] receiver$oversize;
    wire  [31:0] receiver$fcs_errors;
    wire  [31:0] receiver$framing_errors;
    reg  packer$clock;
    reg  packer$reset;
    reg  [7:0] packer$s_axis_tdata;
    reg  packer$s_axis_tvalid;
    reg  packer$s_axis_tlast;
    reg  packer$s_axis_tuser;
    wire  [72:0] packer$word;
    wire  packer$word_valid;
    wire  packer$word_last;
    reg  packer$word_ready;
    wire  packer$abort;
    wire  [31:0] packer$overflows;
    reg  rx_fifo$write_clock;
    reg  rx_fifo$write_reset;
    reg  [72:0] rx_fifo$in_data;
    reg  rx_fifo$in_valid;
    reg  rx_fifo$in_last;
    wire  rx_fifo$in_ready;
    reg  rx_fifo$in_abort;
    wire  rx_fifo$open_frame_fills_fifo;
    reg  rx_fifo$read_clock;
    reg  rx_fifo$read_reset;
    wire  [72:0] rx_fifo$out_data;
    wire  rx_fifo$out_valid;
    reg  rx_fifo$out_ready;
    reg  tx_fifo$write_clock;
    reg  tx_fifo$write_reset;
    reg  [72:0] tx_fifo$in_data;
    reg  tx_fifo$in_valid;
    reg  tx_fifo$in_last;
    wire  tx_fifo$in_ready;
    reg  tx_fifo$in_abort;
    wire  tx_fifo$open_frame_fills_fifo;
    reg  tx_fifo$read_clock;
    reg  tx_fifo$read_reset;
    wire  [72:0] tx_fifo$out_data;
    wire  tx_fifo$out_valid;
    reg  tx_fifo$out_ready;
    reg  tx_words$clock;
    reg  tx_words$reset;
    reg  [72:0] tx_words$in_data;
    reg  tx_words$in_valid;
    wire  tx_words$in_ready;
    wire  [72:0] tx_words$out_data;
    wire  tx_words$out_valid;
    reg  tx_words$out_ready;
    reg  unpacker$clock;
    reg  unpacker$reset;
    reg  [72:0] unpacker$word;
    reg  unpacker$word_valid;
    wire  unpacker$word_ready;
    wire  [7:0] unpacker$m_axis_tdata;
    wire  unpacker$m_axis_tvalid;
    wire  unpacker$m_axis_tlast;
    reg  unpacker$m_axis_tready;
    reg  tx_bytes$clock;
    reg  tx_bytes$reset;
    reg  [8:0] tx_bytes$in_data;
    reg  tx_bytes$in_valid;
    wire  tx_bytes$in_ready;
    wire  [8:0] tx_bytes$out_data;
    wire  tx_bytes$out_valid;
    reg  tx_bytes$out_ready;
    reg  tx_bytes_at_line$clock;
    reg  tx_bytes_at_line$reset;
    reg  [8:0] tx_bytes_at_line$in_data;
    reg  tx_bytes_at_line$in_valid;
    wire  tx_bytes_at_line$in_ready;
    wire  [8:0] tx_bytes_at_line$out_data;
    wire  tx_bytes_at_line$out_valid;
    reg  tx_bytes_at_line$out_ready;
    reg  transmitter$clock;
    reg  transmitter$reset;
    reg  [7:0] transmitter$s_axis_tdata;
    reg  transmitter$s_axis_tlast;
    reg  transmitter$s_axis_tvalid;
    wire  transmitter$s_axis_tready;
    wire  [7:0] transmitter$gmii_txd;
    wire  transmitter$gmii_tx_en;
    wire  transmitter$gmii_tx_er;
    wire  [31:0] transmitter$frames;
    wire  [31:0] transmitter$underruns;
    reg  line_reset$d;
    wire  line_reset$q;
    reg  line_reset$clock;
    reg  tx_dropping$d;
    wire  tx_dropping$q;
    reg  tx_dropping$clock;
    reg  [31:0] tx_dropped$d;
    wire  [31:0] tx_dropped$q;
    reg  tx_dropped$clock;
    
    // Sub module instances
    ethernet_mac$receiver receiver(
        .clock(receiver$clock),
        .reset(receiver$reset),
        .gmii_rxd(receiver$gmii_rxd),
        .gmii_rx_dv(receiver$gmii_rx_dv),
        .gmii_rx_er(receiver$gmii_rx_er),
        .m_axis_tdata(receiver$m_axis_tdata),
        .m_axis_tvalid(receiver$m_axis_tvalid),
        .m_axis_tlast(receiver$m_axis_tlast),
        .m_axis_tuser(receiver$m_axis_tuser),
        .frames(receiver$frames),
        .phy_errors(receiver$phy_errors),
        .runts(receiver$runts),
        .oversize(receiver$oversize),
        .fcs_errors(receiver$fcs_errors),
        .framing_errors(receiver$framing_errors)
    );
    ethernet_mac$packer packer(
        .clock(packer$clock),
        .reset(packer$reset),
        .s_axis_tdata(packer$s_axis_tdata),
        .s_axis_tvalid(packer$s_axis_tvalid),
        .s_axis_tlast(packer$s_axis_tlast),
        .s_axis_tuser(packer$s_axis_tuser),
        .word(packer$word),
        .word_valid(packer$word_valid),
        .word_last(packer$word_last),
        .word_ready(packer$word_ready),
        .abort(packer$abort),
        .overflows(packer$overflows)
    );
    ethernet_mac$rx_fifo rx_fifo(
        .write_clock(rx_fifo$write_clock),
        .write_reset(rx_fifo$write_reset),
        .in_data(rx_fifo$in_data),
        .in_valid(rx_fifo$in_valid),
        .in_last(rx_fifo$in_last),
        .in_ready(rx_fifo$in_ready),
        .in_abort(rx_fifo$in_abort),
        .open_frame_fills_fifo(rx_fifo$open_frame_fills_fifo),
        .read_clock(rx_fifo$read_clock),
        .read_reset(rx_fifo$read_reset),
        .out_data(rx_fifo$out_data),
        .out_valid(rx_fifo$out_valid),
        .out_ready(rx_fifo$out_ready)
    );
    ethernet_mac$tx_fifo tx_fifo(
        .write_clock(tx_fifo$write_clock),
        .write_reset(tx_fifo$write_reset),
        .in_data(tx_fifo$in_data),
        .in_valid(tx_fifo$in_valid),
        .in_last(tx_fifo$in_last),
        .in_ready(tx_fifo$in_ready),
        .in_abort(tx_fifo$in_abort),
        .open_frame_fills_fifo(tx_fifo$open_frame_fills_fifo),
        .read_clock(tx_fifo$read_clock),
        .read_reset(tx_fifo$read_reset),
        .out_data(tx_fifo$out_data),
        .out_valid(tx_fifo$out_valid),
        .out_ready(tx_fifo$out_ready)
    );
    ethernet_mac$tx_words tx_words(
        .clock(tx_words$clock),
        .reset(tx_words$reset),
        .in_data(tx_words$in_data),
        .in_valid(tx_words$in_valid),
        .in_ready(tx_words$in_ready),
        .out_data(tx_words$out_data),
        .out_valid(tx_words$out_valid),
        .out_ready(tx_words$out_ready)
    );
    ethernet_mac$unpacker unpacker(
        .clock(unpacker$clock),
        .reset(unpacker$reset),
        .word(unpacker$word),
        .word_valid(unpacker$word_valid),
        .word_ready(unpacker$word_ready),
        .m_axis_tdata(unpacker$m_axis_tdata),
        .m_axis_tvalid(unpacker$m_axis_tvalid),
        .m_axis_tlast(unpacker$m_axis_tlast),
        .m_axis_tready(unpacker$m_axis_tready)
    );
    ethernet_mac$tx_bytes tx_bytes(
        .clock(tx_bytes$clock),
        .reset(tx_bytes$reset),
        .in_data(tx_bytes$in_data),
        .in_valid(tx_bytes$in_valid),
        .in_ready(tx_bytes$in_ready),
        .out_data(tx_bytes$out_data),
        .out_valid(tx_bytes$out_valid),
        .out_ready(tx_bytes$out_ready)
    );
    ethernet_mac$tx_bytes_at_line tx_bytes_at_line(
        .clock(tx_bytes_at_line$clock),
        .reset(tx_bytes_at_line$reset),
        .in_data(tx_bytes_at_line$in_data),
        .in_valid(tx_bytes_at_line$in_valid),
        .in_ready(tx_bytes_at_line$in_ready),
        .out_data(tx_bytes_at_line$out_data),
        .out_valid(tx_bytes_at_line$out_valid),
        .out_ready(tx_bytes_at_line$out_ready)
    );
    ethernet_mac$transmitter transmitter(
        .clock(transmitter$clock),
        .reset(transmitter$reset),
        .s_axis_tdata(transmitter$s_axis_tdata),
        .s_axis_tlast(transmitter$s_axis_tlast),
        .s_axis_tvalid(transmitter$s_axis_tvalid),
        .s_axis_tready(transmitter$s_axis_tready),
        .gmii_txd(transmitter$gmii_txd),
        .gmii_tx_en(transmitter$gmii_tx_en),
        .gmii_tx_er(transmitter$gmii_tx_er),
        .frames(transmitter$frames),
        .underruns(transmitter$underruns)
    );
    ethernet_mac$line_reset line_reset(
        .d(line_reset$d),
        .q(line_reset$q),
        .clock(line_reset$clock)
    );
    ethernet_mac$tx_dropping tx_dropping(
        .d(tx_dropping$d),
        .q(tx_dropping$q),
        .clock(tx_dropping$clock)
    );
    ethernet_mac$tx_dropped tx_dropped(
        .d(tx_dropped$d),
        .q(tx_dropped$q),
        .clock(tx_dropped$clock)
    );
    
    // Update code
    always @(*) begin
        tx_dropping$clock = clock;
        tx_dropped$clock = clock;
        tx_dropping$d = tx_dropping$q;
        tx_dropped$d = tx_dropped$q;
        receiver$clock = rx_clock;
        receiver$reset = rx_reset;
        receiver$gmii_rxd = gmii_rxd;
        receiver$gmii_rx_dv = gmii_rx_dv;
        receiver$gmii_rx_er = gmii_rx_er;
        packer$clock = rx_clock;
        packer$reset = rx_reset;
        packer$s_axis_tdata = receiver$m_axis_tdata;
        packer$s_axis_tvalid = receiver$m_axis_tvalid;
        packer$s_axis_tlast = receiver$m_axis_tlast;
        packer$s_axis_tuser = receiver$m_axis_tuser;
        rx_fifo$write_clock = rx_clock;
        rx_fifo$write_reset = rx_reset;
        rx_fifo$in_data = packer$word;
        rx_fifo$in_valid = packer$word_valid;
        rx_fifo$in_last = packer$word_last;
        rx_fifo$in_abort = packer$abort;
        packer$word_ready = rx_fifo$in_ready;
        rx_fifo$read_clock = clock;
        rx_fifo$read_reset = reset;
        m_axis_tdata = rx_fifo$out_data[(64'h0)+:(64)];
        m_axis_tkeep = rx_fifo$out_data[(64'h40)+:(8)];
        m_axis_tlast = rx_fifo$out_data[(64'h48)+:(1)];
        m_axis_tvalid = rx_fifo$out_valid;
        rx_fifo$out_ready = m_axis_tready;
        rx_frames = receiver$frames;
        rx_phy_errors = receiver$phy_errors;
        rx_runts = receiver$runts;
        rx_oversize = receiver$oversize;
        rx_fcs_errors = receiver$fcs_errors;
        rx_framing_errors = receiver$framing_errors;
        rx_overflows = packer$overflows;
        tx_fifo$write_clock = clock;
        tx_fifo$write_reset = reset;
        tx_fifo$in_data[(64'h0)+:(64)] = s_axis_tdata;
        tx_fifo$in_data[(64'h40)+:(8)] = s_axis_tkeep;
        tx_fifo$in_data[(64'h48)+:(1)] = s_axis_tlast;
        tx_fifo$in_valid = s_axis_tvalid & ~tx_dropping$q;
        tx_fifo$in_last = s_axis_tlast;
        tx_fifo$in_abort = 1'b0;
        s_axis_tready = tx_dropping$q | tx_fifo$in_ready;
        if (tx_fifo$open_frame_fills_fifo & ~tx_dropping$q) begin
            tx_fifo$in_abort = 1'b1;
            tx_dropping$d = 1'b1;
            tx_dropped$d = tx_dropped$q + counter_step;
        end
        if (tx_dropping$q & s_axis_tvalid & s_axis_tlast) begin
            tx_dropping$d = 1'b0;
        end
        if (reset) begin
            tx_dropping$d = 1'b0;
            tx_dropped$d = counter_start;
        end
        tx_oversize = tx_dropped$q;
        tx_fifo$read_clock = tx_clock;
        tx_fifo$read_reset = tx_reset;
        unpacker$clock = tx_clock;
        unpacker$reset = tx_reset;
        tx_words$clock = tx_clock;
        tx_words$reset = tx_reset;
        tx_words$in_data = tx_fifo$out_data;
        tx_words$in_valid = tx_fifo$out_valid;
        tx_fifo$out_ready = tx_words$in_ready;
        unpacker$word = tx_words$out_data;
        unpacker$word_valid = tx_words$out_valid;
        tx_words$out_ready = unpacker$word_ready;
        line_reset$clock = tx_clock;
        line_reset$d = tx_reset;
        transmitter$clock = tx_clock;
        transmitter$reset = line_reset$q;
        tx_bytes$clock = tx_clock;
        tx_bytes$reset = tx_reset;
        tx_bytes$in_data[(64'h0)+:(8)] = unpacker$m_axis_tdata;
        tx_bytes$in_data[(64'h8)+:(1)] = unpacker$m_axis_tlast;
        tx_bytes$in_valid = unpacker$m_axis_tvalid;
        unpacker$m_axis_tready = tx_bytes$in_ready;
        tx_bytes_at_line$clock = tx_clock;
        tx_bytes_at_line$reset = line_reset$q;
        tx_bytes_at_line$in_data = tx_bytes$out_data;
        tx_bytes_at_line$in_valid = tx_bytes$out_valid;
        tx_bytes$out_ready = tx_bytes_at_line$in_ready;
        transmitter$s_axis_tdata = tx_bytes_at_line$out_data[(64'h0)+:(8)];
        transmitter$s_axis_tvalid = tx_bytes_at_line$out_valid;
        transmitter$s_axis_tlast = tx_bytes_at_line$out_data[(64'h8)+:(1)];
        tx_bytes_at_line$out_ready = transmitter$s_axis_tready;
        gmii_txd = transmitter$gmii_txd;
        gmii_tx_en = transmitter$gmii_tx_en;
        gmii_tx_er = transmitter$gmii_tx_er;
        tx_frames = transmitter$frames;
        tx_underruns = transmitter$underruns;
    end
    
endmodule // ethernet_mac


module ethernet_mac$line_reset(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$line_reset


module ethernet_mac$packer(clock,reset,s_axis_tdata,s_axis_tvalid,s_axis_tlast,s_axis_tuser,word,word_valid,word_last,word_ready,abort,overflows);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] s_axis_tdata;
    input wire  s_axis_tvalid;
    input wire  s_axis_tlast;
    input wire  s_axis_tuser;
    output reg  [72:0] word;
    output reg  word_valid;
    output reg  word_last;
    input wire  word_ready;
    output reg  abort;
    output reg  [31:0] overflows;
    
    // Constant declarations
    localparam  last_lane = 4'h7;
    localparam  first_lane = 4'h0;
    localparam  lane_step = 4'h1;
    localparam  nothing = 64'h0;
    localparam  no_lanes = 8'h0;
    localparam  lane_zero = 8'h1;
    localparam  counter_step = 32'h1;
    localparam  counter_start = 32'h0;
    
    // Stub signals
    reg  [63:0] data$d;
    wire  [63:0] data$q;
    reg  data$clock;
    reg  [7:0] keep$d;
    wire  [7:0] keep$q;
    reg  keep$clock;
    reg  [3:0] lane$d;
    wire  [3:0] lane$q;
    reg  lane$clock;
    reg  dropping$d;
    wire  dropping$q;
    reg  dropping$clock;
    reg  [31:0] lost$d;
    wire  [31:0] lost$q;
    reg  lost$clock;
    reg  overflow_seen$d;
    wire  overflow_seen$q;
    reg  overflow_seen$clock;
    
    // Local signals
    reg  word_ends;
    
    // Sub module instances
    ethernet_mac$packer$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    ethernet_mac$packer$keep keep(
        .d(keep$d),
        .q(keep$q),
        .clock(keep$clock)
    );
    ethernet_mac$packer$lane lane(
        .d(lane$d),
        .q(lane$q),
        .clock(lane$clock)
    );
    ethernet_mac$packer$dropping dropping(
        .d(dropping$d),
        .q(dropping$q),
        .clock(dropping$clock)
    );
    ethernet_mac$packer$lost lost(
        .d(lost$d),
        .q(lost$q),
        .clock(lost$clock)
    );
    ethernet_mac$packer$overflow_seen overflow_seen(
        .d(overflow_seen$d),
        .q(overflow_seen$q),
        .clock(overflow_seen$clock)
    );
    
    // Update code
    always @(*) begin
        data$clock = clock;
        keep$clock = clock;
        lane$clock = clock;
        dropping$clock = clock;
        lost$clock = clock;
        overflow_seen$clock = clock;
        data$d = data$q;
        keep$d = keep$q;
        lane$d = lane$q;
        dropping$d = dropping$q;
        lost$d = lost$q;
        overflow_seen$d = overflow_seen$q;
        overflows = lost$q;
        word[(64'h0)+:(64)] = data$q | (((s_axis_tdata) & 64'hffffffffffffffff) << (((lane$q) & 64'hffffffffffffffff) << 32'h3));
        word[(64'h40)+:(8)] = keep$q | (lane_zero << lane$q);
        word[(64'h48)+:(1)] = s_axis_tlast;
        word_ends = s_axis_tvalid & ((lane$q == last_lane) | s_axis_tlast);
        word_last = s_axis_tlast;
        word_valid = word_ends & ~dropping$q & (~s_axis_tlast | s_axis_tuser);
        abort = 1'b0;
        overflow_seen$d = 1'b0;
        if (s_axis_tvalid) begin
            data$d = word[(64'h0)+:(64)];
            keep$d = word[(64'h40)+:(8)];
            lane$d = lane$q + lane_step;
        end
        if (word_ends) begin
            data$d = nothing;
            keep$d = no_lanes;
            lane$d = first_lane;
            if (~word_ready) begin
                dropping$d = 1'b1;
            end
            if (s_axis_tlast) begin
                dropping$d = 1'b0;
                if (~s_axis_tuser | dropping$q | ~word_ready) begin
                    abort = 1'b1;
                end
                if (s_axis_tuser & (dropping$q | ~word_ready)) begin
                    overflow_seen$d = 1'b1;
                end
            end
        end
        if (overflow_seen$q) begin
            lost$d = lost$q + counter_step;
        end
        if (reset) begin
            overflow_seen$d = 1'b0;
            data$d = nothing;
            keep$d = no_lanes;
            lane$d = first_lane;
            dropping$d = 1'b0;
            lost$d = counter_start;
        end
    end
    
endmodule // ethernet_mac$packer


module ethernet_mac$packer$data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$packer$data


module ethernet_mac$packer$dropping(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$packer$dropping


module ethernet_mac$packer$keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$packer$keep


module ethernet_mac$packer$lane(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$packer$lane


module ethernet_mac$packer$lost(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$packer$lost


module ethernet_mac$packer$overflow_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$packer$overflow_seen


module ethernet_mac$receiver(clock,reset,gmii_rxd,gmii_rx_dv,gmii_rx_er,m_axis_tdata,m_axis_tvalid,m_axis_tlast,m_axis_tuser,frames,phy_errors,runts,oversize,fcs_errors,framing_errors);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] gmii_rxd;
    input wire  gmii_rx_dv;
    input wire  gmii_rx_er;
    output reg  [7:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    output reg  m_axis_tlast;
    output reg  m_axis_tuser;
    output reg  [31:0] frames;
    output reg  [31:0] phy_errors;
    output reg  [31:0] runts;
    output reg  [31:0] oversize;
    output reg  [31:0] fcs_errors;
    output reg  [31:0] framing_errors;
    
    // Constant declarations
    localparam  preamble = 8'h55;
    localparam  start_of_frame = 8'hd5;
    localparam  polynomial = 32'hedb88320;
    localparam  crc_initial = 32'hffffffff;
    localparam  fcs_residue = 32'hdebb20e3;
    localparam  held_full = 16'h5;
    localparam  min_frame_bytes = 16'h40;
    localparam  max_frame_bytes = 16'h5f2;
    localparam  length_saturated = 16'hffff;
    localparam  none = 16'h0;
    localparam  one = 16'h1;
    localparam  byte_shift = 40'h8;
    localparam  newest_byte_shift = 40'h20;
    localparam  count_one = 32'h1;
    localparam  count_zero = 32'h0;
    
    // Enums
    localparam RxStep$Idle = 0;
    localparam RxStep$Preamble = 1;
    localparam RxStep$Data = 2;
    localparam RxStep$Discard = 3;
    
    // Stub signals
    reg  [7:0] rxd$d;
    wire  [7:0] rxd$q;
    reg  rxd$clock;
    reg  rx_dv$d;
    wire  rx_dv$q;
    reg  rx_dv$clock;
    reg  rx_er$d;
    wire  rx_er$q;
    reg  rx_er$clock;
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [39:0] held$d;
    wire  [39:0] held$q;
    reg  held$clock;
    reg  [15:0] held_count$d;
    wire  [15:0] held_count$q;
    reg  held_count$clock;
    reg  [15:0] length$d;
    wire  [15:0] length$q;
    reg  length$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    reg  errored$d;
    wire  errored$q;
    reg  errored$clock;
    reg  [7:0] out_data$d;
    wire  [7:0] out_data$q;
    reg  out_data$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_good$d;
    wire  out_good$q;
    reg  out_good$clock;
    reg  [31:0] good_frames$d;
    wire  [31:0] good_frames$q;
    reg  good_frames$clock;
    reg  [31:0] phy_error_frames$d;
    wire  [31:0] phy_error_frames$q;
    reg  phy_error_frames$clock;
    reg  [31:0] runt_frames$d;
    wire  [31:0] runt_frames$q;
    reg  runt_frames$clock;
    reg  [31:0] oversize_frames$d;
    wire  [31:0] oversize_frames$q;
    reg  oversize_frames$clock;
    reg  [31:0] fcs_error_frames$d;
    wire  [31:0] fcs_error_frames$q;
    reg  fcs_error_frames$clock;
    reg  [31:0] framing_error_bursts$d;
    wire  [31:0] framing_error_bursts$q;
    reg  framing_error_bursts$clock;
    reg  good_frame_seen$d;
    wire  good_frame_seen$q;
    reg  good_frame_seen$clock;
    reg  phy_error_seen$d;
    wire  phy_error_seen$q;
    reg  phy_error_seen$clock;
    reg  runt_seen$d;
    wire  runt_seen$q;
    reg  runt_seen$clock;
    reg  oversize_seen$d;
    wire  oversize_seen$q;
    reg  oversize_seen$clock;
    reg  fcs_error_seen$d;
    wire  fcs_error_seen$q;
    reg  fcs_error_seen$clock;
    reg  framing_error_seen$d;
    wire  framing_error_seen$q;
    reg  framing_error_seen$clock;
    
    // Local signals
    reg  [31:0] crc_next;
    
    // Sub module instances
    ethernet_mac$receiver$rxd rxd(
        .d(rxd$d),
        .q(rxd$q),
        .clock(rxd$clock)
    );
    ethernet_mac$receiver$rx_dv rx_dv(
        .d(rx_dv$d),
        .q(rx_dv$q),
        .clock(rx_dv$clock)
    );
    ethernet_mac$receiver$rx_er rx_er(
        .d(rx_er$d),
        .q(rx_er$q),
        .clock(rx_er$clock)
    );
    ethernet_mac$receiver$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    ethernet_mac$receiver$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    ethernet_mac$receiver$held_count held_count(
        .d(held_count$d),
        .q(held_count$q),
        .clock(held_count$clock)
    );
    ethernet_mac$receiver$length length(
        .d(length$d),
        .q(length$q),
        .clock(length$clock)
    );
    ethernet_mac$receiver$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    ethernet_mac$receiver$errored errored(
        .d(errored$d),
        .q(errored$q),
        .clock(errored$clock)
    );
    ethernet_mac$receiver$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    ethernet_mac$receiver$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    ethernet_mac$receiver$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    ethernet_mac$receiver$out_good out_good(
        .d(out_good$d),
        .q(out_good$q),
        .clock(out_good$clock)
    );
    ethernet_mac$receiver$good_frames good_frames(
        .d(good_frames$d),
        .q(good_frames$q),
        .clock(good_frames$clock)
    );
    ethernet_mac$receiver$phy_error_frames phy_error_frames(
        .d(phy_error_frames$d),
        .q(phy_error_frames$q),
        .clock(phy_error_frames$clock)
    );
    ethernet_mac$receiver$runt_frames runt_frames(
        .d(runt_frames$d),
        .q(runt_frames$q),
        .clock(runt_frames$clock)
    );
    ethernet_mac$receiver$oversize_frames oversize_frames(
        .d(oversize_frames$d),
        .q(oversize_frames$q),
        .clock(oversize_frames$clock)
    );
    ethernet_mac$receiver$fcs_error_frames fcs_error_frames(
        .d(fcs_error_frames$d),
        .q(fcs_error_frames$q),
        .clock(fcs_error_frames$clock)
    );
    ethernet_mac$receiver$framing_error_bursts framing_error_bursts(
        .d(framing_error_bursts$d),
        .q(framing_error_bursts$q),
        .clock(framing_error_bursts$clock)
    );
    ethernet_mac$receiver$good_frame_seen good_frame_seen(
        .d(good_frame_seen$d),
        .q(good_frame_seen$q),
        .clock(good_frame_seen$clock)
    );
    ethernet_mac$receiver$phy_error_seen phy_error_seen(
        .d(phy_error_seen$d),
        .q(phy_error_seen$q),
        .clock(phy_error_seen$clock)
    );
    ethernet_mac$receiver$runt_seen runt_seen(
        .d(runt_seen$d),
        .q(runt_seen$q),
        .clock(runt_seen$clock)
    );
    ethernet_mac$receiver$oversize_seen oversize_seen(
        .d(oversize_seen$d),
        .q(oversize_seen$q),
        .clock(oversize_seen$clock)
    );
    ethernet_mac$receiver$fcs_error_seen fcs_error_seen(
        .d(fcs_error_seen$d),
        .q(fcs_error_seen$q),
        .clock(fcs_error_seen$clock)
    );
    ethernet_mac$receiver$framing_error_seen framing_error_seen(
        .d(framing_error_seen$d),
        .q(framing_error_seen$q),
        .clock(framing_error_seen$clock)
    );
    
    // Update code
    always @(*) begin
        rxd$clock = clock;
        rx_dv$clock = clock;
        rx_er$clock = clock;
        step$clock = clock;
        held$clock = clock;
        held_count$clock = clock;
        length$clock = clock;
        crc$clock = clock;
        errored$clock = clock;
        out_data$clock = clock;
        out_valid$clock = clock;
        out_last$clock = clock;
        out_good$clock = clock;
        good_frames$clock = clock;
        phy_error_frames$clock = clock;
        runt_frames$clock = clock;
        oversize_frames$clock = clock;
        fcs_error_frames$clock = clock;
        framing_error_bursts$clock = clock;
        good_frame_seen$clock = clock;
        phy_error_seen$clock = clock;
        runt_seen$clock = clock;
        oversize_seen$clock = clock;
        fcs_error_seen$clock = clock;
        framing_error_seen$clock = clock;
        rxd$d = rxd$q;
        rx_dv$d = rx_dv$q;
        rx_er$d = rx_er$q;
        step$d = step$q;
        held$d = held$q;
        held_count$d = held_count$q;
        length$d = length$q;
        crc$d = crc$q;
        errored$d = errored$q;
        out_data$d = out_data$q;
        out_valid$d = out_valid$q;
        out_last$d = out_last$q;
        out_good$d = out_good$q;
        good_frames$d = good_frames$q;
        phy_error_frames$d = phy_error_frames$q;
        runt_frames$d = runt_frames$q;
        oversize_frames$d = oversize_frames$q;
        fcs_error_frames$d = fcs_error_frames$q;
        framing_error_bursts$d = framing_error_bursts$q;
        good_frame_seen$d = good_frame_seen$q;
        phy_error_seen$d = phy_error_seen$q;
        runt_seen$d = runt_seen$q;
        oversize_seen$d = oversize_seen$q;
        fcs_error_seen$d = fcs_error_seen$q;
        framing_error_seen$d = framing_error_seen$q;
        rxd$d = gmii_rxd;
        rx_dv$d = gmii_rx_dv;
        rx_er$d = gmii_rx_er;
        m_axis_tdata = out_data$q;
        m_axis_tvalid = out_valid$q;
        m_axis_tlast = out_last$q;
        m_axis_tuser = out_good$q;
        frames = good_frames$q;
        phy_errors = phy_error_frames$q;
        runts = runt_frames$q;
        oversize = oversize_frames$q;
        fcs_errors = fcs_error_frames$q;
        framing_errors = framing_error_bursts$q;
        out_valid$d = 1'b0;
        out_last$d = 1'b0;
        out_good$d = 1'b0;
        good_frame_seen$d = 1'b0;
        phy_error_seen$d = 1'b0;
        runt_seen$d = 1'b0;
        oversize_seen$d = 1'b0;
        fcs_error_seen$d = 1'b0;
        framing_error_seen$d = 1'b0;
        out_data$d = held$q[(32'h0)+:(8)];
        crc_next = crc$q ^ ((rxd$q) & 32'hffffffff);
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        case (step$q)
            RxStep$Idle:
                begin
                    if (rx_dv$q) begin
                        if (rxd$q == preamble) begin
                            step$d = RxStep$Preamble;
                        end
                        else if (rxd$q == start_of_frame) begin
                            step$d = RxStep$Data;
                        end
                        else begin
                            framing_error_seen$d = 1'b1;
                            step$d = RxStep$Discard;
                        end
                    end
                end
            RxStep$Preamble:
                begin
                    if (~rx_dv$q) begin
                        framing_error_seen$d = 1'b1;
                        step$d = RxStep$Idle;
                    end
                    else if (rxd$q == start_of_frame) begin
                        step$d = RxStep$Data;
                    end
                    else if (rxd$q != preamble) begin
                        framing_error_seen$d = 1'b1;
                        step$d = RxStep$Discard;
                    end
                end
            RxStep$Data:
                begin
                    if (rx_dv$q) begin
                        held$d = (held$q >> byte_shift) | (((rxd$q) & 40'hffffffffff) << newest_byte_shift);
                        crc$d = crc_next;
                        errored$d = errored$q | rx_er$q;
                        if (length$q != length_saturated) begin
                            length$d = length$q + one;
                        end
                        if (held_count$q == held_full) begin
                            out_valid$d = 1'b1;
                        end
                        else begin
                            held_count$d = held_count$q + one;
                        end
                    end
                    else begin
                        step$d = RxStep$Idle;
                        out_valid$d = held_count$q == held_full;
                        out_last$d = held_count$q == held_full;
                        if (errored$q) begin
                            phy_error_seen$d = 1'b1;
                        end
                        else if (length$q < min_frame_bytes) begin
                            runt_seen$d = 1'b1;
                        end
                        else if (length$q > max_frame_bytes) begin
                            oversize_seen$d = 1'b1;
                        end
                        else if (crc$q != fcs_residue) begin
                            fcs_error_seen$d = 1'b1;
                        end
                        else begin
                            good_frame_seen$d = 1'b1;
                            out_good$d = 1'b1;
                        end
                    end
                end
            default:
                begin
                    if (~rx_dv$q) begin
                        step$d = RxStep$Idle;
                    end
                end
        endcase
        if (step$q != RxStep$Data) begin
            held_count$d = none;
            length$d = none;
            crc$d = crc_initial;
            errored$d = 1'b0;
        end
        if (good_frame_seen$q) begin
            good_frames$d = good_frames$q + count_one;
        end
        if (phy_error_seen$q) begin
            phy_error_frames$d = phy_error_frames$q + count_one;
        end
        if (runt_seen$q) begin
            runt_frames$d = runt_frames$q + count_one;
        end
        if (oversize_seen$q) begin
            oversize_frames$d = oversize_frames$q + count_one;
        end
        if (fcs_error_seen$q) begin
            fcs_error_frames$d = fcs_error_frames$q + count_one;
        end
        if (framing_error_seen$q) begin
            framing_error_bursts$d = framing_error_bursts$q + count_one;
        end
        if (reset) begin
            step$d = RxStep$Idle;
            good_frame_seen$d = 1'b0;
            phy_error_seen$d = 1'b0;
            runt_seen$d = 1'b0;
            oversize_seen$d = 1'b0;
            fcs_error_seen$d = 1'b0;
            framing_error_seen$d = 1'b0;
            rx_dv$d = 1'b0;
            out_valid$d = 1'b0;
            good_frames$d = count_zero;
            phy_error_frames$d = count_zero;
            runt_frames$d = count_zero;
            oversize_frames$d = count_zero;
            fcs_error_frames$d = count_zero;
            framing_error_bursts$d = count_zero;
        end
    end
    
endmodule // ethernet_mac$receiver


module ethernet_mac$receiver$crc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$crc


module ethernet_mac$receiver$errored(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$errored


module ethernet_mac$receiver$fcs_error_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$fcs_error_frames


module ethernet_mac$receiver$fcs_error_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$fcs_error_seen


module ethernet_mac$receiver$framing_error_bursts(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$framing_error_bursts


module ethernet_mac$receiver$framing_error_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$framing_error_seen


module ethernet_mac$receiver$good_frame_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$good_frame_seen


module ethernet_mac$receiver$good_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$good_frames


module ethernet_mac$receiver$held(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$held


module ethernet_mac$receiver$held_count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$held_count


module ethernet_mac$receiver$length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$length


module ethernet_mac$receiver$out_data(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$out_data


module ethernet_mac$receiver$out_good(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$out_good


module ethernet_mac$receiver$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$out_last


module ethernet_mac$receiver$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$out_valid


module ethernet_mac$receiver$oversize_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$oversize_frames


module ethernet_mac$receiver$oversize_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$oversize_seen


module ethernet_mac$receiver$phy_error_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$phy_error_frames


module ethernet_mac$receiver$phy_error_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$phy_error_seen


module ethernet_mac$receiver$runt_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$runt_frames


module ethernet_mac$receiver$runt_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$runt_seen


module ethernet_mac$receiver$rx_dv(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$rx_dv


module ethernet_mac$receiver$rx_er(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$rx_er


module ethernet_mac$receiver$rxd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$rxd


module ethernet_mac$receiver$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam RxStep$Idle = 0;
    localparam RxStep$Preamble = 1;
    localparam RxStep$Data = 2;
    localparam RxStep$Discard = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$receiver$step


module ethernet_mac$rx_fifo(write_clock,write_reset,in_data,in_valid,in_last,in_ready,in_abort,open_frame_fills_fifo,read_clock,read_reset,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  write_clock;
    input wire  write_reset;
    input wire  [72:0] in_data;
    input wire  in_valid;
    input wire  in_last;
    output reg  in_ready;
    input wire  in_abort;
    output reg  open_frame_fills_fifo;
    input wire  read_clock;
    input wire  read_reset;
    output reg  [72:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Constant declarations
    localparam  wrap_flip = 9'b110000000;
    localparam  one = 9'b1;
    localparam  two = 9'b10;
    localparam  zero = 9'b0;
    
    // Stub signals
    reg  [7:0] ram$read_address;
    reg  ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [7:0] ram$write_address;
    reg  ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    reg  [8:0] write_pointer$d;
    wire  [8:0] write_pointer$q;
    reg  write_pointer$clock;
    reg  [8:0] write_gray$d;
    wire  [8:0] write_gray$q;
    reg  write_gray$clock;
    reg  [8:0] write_gray_ahead$d;
    wire  [8:0] write_gray_ahead$q;
    reg  write_gray_ahead$clock;
    reg  [8:0] committed$d;
    wire  [8:0] committed$q;
    reg  committed$clock;
    reg  [8:0] committed_gray$d;
    wire  [8:0] committed_gray$q;
    reg  committed_gray$clock;
    reg  [8:0] committed_gray_ahead$d;
    wire  [8:0] committed_gray_ahead$q;
    reg  committed_gray_ahead$clock;
    reg  [8:0] read_gray_metastable$d;
    wire  [8:0] read_gray_metastable$q;
    reg  read_gray_metastable$clock;
    reg  [8:0] read_gray_seen$d;
    wire  [8:0] read_gray_seen$q;
    reg  read_gray_seen$clock;
    reg  full_registered$d;
    wire  full_registered$q;
    reg  full_registered$clock;
    reg  commit_crossing$source_clock;
    reg  commit_crossing$source_reset;
    reg  [8:0] commit_crossing$source_value;
    reg  commit_crossing$clock;
    reg  commit_crossing$reset;
    wire  [8:0] commit_crossing$value;
    reg  [8:0] read_pointer$d;
    wire  [8:0] read_pointer$q;
    reg  read_pointer$clock;
    reg  [8:0] read_gray$d;
    wire  [8:0] read_gray$q;
    reg  read_gray$clock;
    reg  holds_word$d;
    wire  holds_word$q;
    reg  holds_word$clock;
    reg  reader_sees_nothing$d;
    wire  reader_sees_nothing$q;
    reg  reader_sees_nothing$clock;
    reg  [8:0] read_gray_ahead$d;
    wire  [8:0] read_gray_ahead$q;
    reg  read_gray_ahead$clock;
    
    // Local signals
    reg  [8:0] full_at;
    reg  full;
    reg  full_after_write;
    reg  full_after_abort;
    reg  write;
    reg  [8:0] write_pointer_after;
    reg  [8:0] write_pointer_two_ahead;
    reg  [8:0] committed_gray_seen;
    reg  advance;
    reg  [8:0] read_pointer_after;
    reg  [8:0] read_pointer_ahead;
    reg  [8:0] read_pointer_two_ahead;
    
    // Sub module instances
    ethernet_mac$rx_fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    ethernet_mac$rx_fifo$write_pointer write_pointer(
        .d(write_pointer$d),
        .q(write_pointer$q),
        .clock(write_pointer$clock)
    );
    ethernet_mac$rx_fifo$write_gray write_gray(
        .d(write_gray$d),
        .q(write_gray$q),
        .clock(write_gray$clock)
    );
    ethernet_mac$rx_fifo$write_gray_ahead write_gray_ahead(
        .d(write_gray_ahead$d),
        .q(write_gray_ahead$q),
        .clock(write_gray_ahead$clock)
    );
    ethernet_mac$rx_fifo$committed committed(
        .d(committed$d),
        .q(committed$q),
        .clock(committed$clock)
    );
    ethernet_mac$rx_fifo$committed_gray committed_gray(
        .d(committed_gray$d),
        .q(committed_gray$q),
        .clock(committed_gray$clock)
    );
    ethernet_mac$rx_fifo$committed_gray_ahead committed_gray_ahead(
        .d(committed_gray_ahead$d),
        .q(committed_gray_ahead$q),
        .clock(committed_gray_ahead$clock)
    );
    ethernet_mac$rx_fifo$read_gray_metastable read_gray_metastable(
        .d(read_gray_metastable$d),
        .q(read_gray_metastable$q),
        .clock(read_gray_metastable$clock)
    );
    ethernet_mac$rx_fifo$read_gray_seen read_gray_seen(
        .d(read_gray_seen$d),
        .q(read_gray_seen$q),
        .clock(read_gray_seen$clock)
    );
    ethernet_mac$rx_fifo$full_registered full_registered(
        .d(full_registered$d),
        .q(full_registered$q),
        .clock(full_registered$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing commit_crossing(
        .source_clock(commit_crossing$source_clock),
        .source_reset(commit_crossing$source_reset),
        .source_value(commit_crossing$source_value),
        .clock(commit_crossing$clock),
        .reset(commit_crossing$reset),
        .value(commit_crossing$value)
    );
    ethernet_mac$rx_fifo$read_pointer read_pointer(
        .d(read_pointer$d),
        .q(read_pointer$q),
        .clock(read_pointer$clock)
    );
    ethernet_mac$rx_fifo$read_gray read_gray(
        .d(read_gray$d),
        .q(read_gray$q),
        .clock(read_gray$clock)
    );
    ethernet_mac$rx_fifo$holds_word holds_word(
        .d(holds_word$d),
        .q(holds_word$q),
        .clock(holds_word$clock)
    );
    ethernet_mac$rx_fifo$reader_sees_nothing reader_sees_nothing(
        .d(reader_sees_nothing$d),
        .q(reader_sees_nothing$q),
        .clock(reader_sees_nothing$clock)
    );
    ethernet_mac$rx_fifo$read_gray_ahead read_gray_ahead(
        .d(read_gray_ahead$d),
        .q(read_gray_ahead$q),
        .clock(read_gray_ahead$clock)
    );
    
    // Update code
    always @(*) begin
        write_pointer$clock = write_clock;
        write_gray$clock = write_clock;
        write_gray_ahead$clock = write_clock;
        committed$clock = write_clock;
        committed_gray$clock = write_clock;
        committed_gray_ahead$clock = write_clock;
        read_gray_metastable$clock = write_clock;
        read_gray_seen$clock = write_clock;
        full_registered$clock = write_clock;
        write_pointer$d = write_pointer$q;
        write_gray$d = write_gray$q;
        write_gray_ahead$d = write_gray_ahead$q;
        committed$d = committed$q;
        committed_gray$d = committed_gray$q;
        committed_gray_ahead$d = committed_gray_ahead$q;
        read_gray_metastable$d = read_gray_metastable$q;
        read_gray_seen$d = read_gray_seen$q;
        full_registered$d = full_registered$q;
        read_pointer$clock = read_clock;
        read_gray$clock = read_clock;
        holds_word$clock = read_clock;
        reader_sees_nothing$clock = read_clock;
        read_gray_ahead$clock = read_clock;
        read_pointer$d = read_pointer$q;
        read_gray$d = read_gray$q;
        holds_word$d = holds_word$q;
        reader_sees_nothing$d = reader_sees_nothing$q;
        read_gray_ahead$d = read_gray_ahead$q;
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        read_gray_metastable$d = read_gray$q;
        read_gray_seen$d = read_gray_metastable$q;
        full_at = read_gray_seen$q ^ wrap_flip;
        full = write_gray$q == full_at;
        open_frame_fills_fifo = full & (committed_gray$q == read_gray_seen$q);
        full_after_write = write_gray_ahead$q == full_at;
        full_after_abort = committed_gray$q == full_at;
        in_ready = ~full_registered$q;
        write = in_valid & ~full_registered$q & ~in_abort;
        full_registered$d = full;
        if (write) begin
            full_registered$d = full_after_write;
        end
        if (in_abort) begin
            full_registered$d = full_after_abort;
        end
        ram$write_enable = write;
        ram$write_address = write_pointer$q[(32'h0)+:(8)];
        ram$write_data = in_data;
        write_pointer_after = write_pointer$q + one;
        write_pointer_two_ahead = write_pointer$q + two;
        if (write) begin
            write_pointer$d = write_pointer_after;
            write_gray$d = write_gray_ahead$q;
            write_gray_ahead$d = write_pointer_two_ahead ^ (write_pointer_two_ahead >> 32'h1);
            if (in_last) begin
                committed$d = write_pointer_after;
                committed_gray$d = write_gray_ahead$q;
                committed_gray_ahead$d = write_pointer_two_ahead ^ (write_pointer_two_ahead >> 32'h1);
            end
        end
        if (in_abort) begin
            write_pointer$d = committed$q;
            write_gray$d = committed_gray$q;
            write_gray_ahead$d = committed_gray_ahead$q;
        end
        if (write_reset) begin
            write_pointer$d = zero;
            write_gray$d = zero;
            write_gray_ahead$d = one;
            committed$d = zero;
            committed_gray$d = zero;
            committed_gray_ahead$d = one;
            read_gray_metastable$d = zero;
            read_gray_seen$d = zero;
            full_registered$d = 1'b0;
        end
        commit_crossing$source_clock = write_clock;
        commit_crossing$source_reset = write_reset;
        commit_crossing$source_value = committed_gray$q;
        commit_crossing$clock = read_clock;
        commit_crossing$reset = read_reset;
        committed_gray_seen = commit_crossing$value;
        out_valid = ~reader_sees_nothing$q;
        advance = holds_word$q & out_ready;
        read_pointer_ahead = read_pointer$q + one;
        read_pointer_two_ahead = read_pointer$q + two;
        read_pointer_after = read_pointer$q;
        holds_word$d = read_gray$q != committed_gray_seen;
        if (advance) begin
            read_pointer_after = read_pointer_ahead;
            read_gray$d = read_gray_ahead$q;
            read_gray_ahead$d = read_pointer_two_ahead ^ (read_pointer_two_ahead >> 32'h1);
            holds_word$d = read_gray_ahead$q != committed_gray_seen;
        end
        reader_sees_nothing$d = ~holds_word$d;
        read_pointer$d = read_pointer_after;
        ram$read_address = read_pointer_after[(32'h0)+:(8)];
        out_data = ram$read_data;
        if (read_reset) begin
            read_pointer$d = zero;
            read_gray$d = zero;
            holds_word$d = 1'b0;
            reader_sees_nothing$d = 1'b1;
            read_gray_ahead$d = one;
        end
    end
    
endmodule // ethernet_mac$rx_fifo


module ethernet_mac$rx_fifo$commit_crossing(source_clock,source_reset,source_value,clock,reset,value);
    
    // Module arguments
    input wire  source_clock;
    input wire  source_reset;
    input wire  [8:0] source_value;
    input wire  clock;
    input wire  reset;
    output reg  [8:0] value;
    
    // Constant declarations
    localparam  zero = 9'b0;
    
    // Stub signals
    reg  [8:0] held$d;
    wire  [8:0] held$q;
    reg  held$clock;
    reg  request$d;
    wire  request$q;
    reg  request$clock;
    reg  acknowledge_metastable$d;
    wire  acknowledge_metastable$q;
    reg  acknowledge_metastable$clock;
    reg  acknowledge_seen$d;
    wire  acknowledge_seen$q;
    reg  acknowledge_seen$clock;
    reg  request_metastable$d;
    wire  request_metastable$q;
    reg  request_metastable$clock;
    reg  request_seen$d;
    wire  request_seen$q;
    reg  request_seen$clock;
    reg  taken$d;
    wire  taken$q;
    reg  taken$clock;
    reg  [8:0] seen$d;
    wire  [8:0] seen$q;
    reg  seen$clock;
    
    // Sub module instances
    ethernet_mac$rx_fifo$commit_crossing$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$request request(
        .d(request$d),
        .q(request$q),
        .clock(request$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$acknowledge_metastable acknowledge_metastable(
        .d(acknowledge_metastable$d),
        .q(acknowledge_metastable$q),
        .clock(acknowledge_metastable$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$acknowledge_seen acknowledge_seen(
        .d(acknowledge_seen$d),
        .q(acknowledge_seen$q),
        .clock(acknowledge_seen$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$request_metastable request_metastable(
        .d(request_metastable$d),
        .q(request_metastable$q),
        .clock(request_metastable$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$request_seen request_seen(
        .d(request_seen$d),
        .q(request_seen$q),
        .clock(request_seen$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$taken taken(
        .d(taken$d),
        .q(taken$q),
        .clock(taken$clock)
    );
    ethernet_mac$rx_fifo$commit_crossing$seen seen(
        .d(seen$d),
        .q(seen$q),
        .clock(seen$clock)
    );
    
    // Update code
    always @(*) begin
        held$clock = source_clock;
        request$clock = source_clock;
        acknowledge_metastable$clock = source_clock;
        acknowledge_seen$clock = source_clock;
        held$d = held$q;
        request$d = request$q;
        acknowledge_metastable$d = acknowledge_metastable$q;
        acknowledge_seen$d = acknowledge_seen$q;
        request_metastable$clock = clock;
        request_seen$clock = clock;
        taken$clock = clock;
        seen$clock = clock;
        request_metastable$d = request_metastable$q;
        request_seen$d = request_seen$q;
        taken$d = taken$q;
        seen$d = seen$q;
        acknowledge_metastable$d = taken$q;
        acknowledge_seen$d = acknowledge_metastable$q;
        if ((request$q == acknowledge_seen$q) & (source_value != held$q)) begin
            held$d = source_value;
            request$d = ~request$q;
        end
        if (source_reset) begin
            held$d = zero;
            request$d = 1'b0;
            acknowledge_metastable$d = 1'b0;
            acknowledge_seen$d = 1'b0;
        end
        request_metastable$d = request$q;
        request_seen$d = request_metastable$q;
        if (request_seen$q != taken$q) begin
            seen$d = held$q;
            taken$d = request_seen$q;
        end
        value = seen$q;
        if (reset) begin
            request_metastable$d = 1'b0;
            request_seen$d = 1'b0;
            taken$d = 1'b0;
            seen$d = zero;
        end
    end
    
endmodule // ethernet_mac$rx_fifo$commit_crossing


module ethernet_mac$rx_fifo$commit_crossing$acknowledge_metastable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$acknowledge_metastable


module ethernet_mac$rx_fifo$commit_crossing$acknowledge_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$acknowledge_seen


module ethernet_mac$rx_fifo$commit_crossing$held(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$held


module ethernet_mac$rx_fifo$commit_crossing$request(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$request


module ethernet_mac$rx_fifo$commit_crossing$request_metastable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$request_metastable


module ethernet_mac$rx_fifo$commit_crossing$request_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$request_seen


module ethernet_mac$rx_fifo$commit_crossing$seen(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$seen


module ethernet_mac$rx_fifo$commit_crossing$taken(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$commit_crossing$taken


module ethernet_mac$rx_fifo$committed(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$committed


module ethernet_mac$rx_fifo$committed_gray(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$committed_gray


module ethernet_mac$rx_fifo$committed_gray_ahead(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$committed_gray_ahead


module ethernet_mac$rx_fifo$full_registered(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$full_registered


module ethernet_mac$rx_fifo$holds_word(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$holds_word


module ethernet_mac$rx_fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // ethernet_mac$rx_fifo$ram


module ethernet_mac$rx_fifo$read_gray(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$read_gray


module ethernet_mac$rx_fifo$read_gray_ahead(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$read_gray_ahead


module ethernet_mac$rx_fifo$read_gray_metastable(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$read_gray_metastable


module ethernet_mac$rx_fifo$read_gray_seen(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$read_gray_seen


module ethernet_mac$rx_fifo$read_pointer(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$read_pointer


module ethernet_mac$rx_fifo$reader_sees_nothing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$reader_sees_nothing


module ethernet_mac$rx_fifo$write_gray(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$write_gray


module ethernet_mac$rx_fifo$write_gray_ahead(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$write_gray_ahead


module ethernet_mac$rx_fifo$write_pointer(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$rx_fifo$write_pointer


module ethernet_mac$transmitter(clock,reset,s_axis_tdata,s_axis_tlast,s_axis_tvalid,s_axis_tready,gmii_txd,gmii_tx_en,gmii_tx_er,frames,underruns);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] s_axis_tdata;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [7:0] gmii_txd;
    output reg  gmii_tx_en;
    output reg  gmii_tx_er;
    output reg  [31:0] frames;
    output reg  [31:0] underruns;
    
    // Constant declarations
    localparam  preamble = 8'h55;
    localparam  start_of_frame = 8'hd5;
    localparam  polynomial = 32'hedb88320;
    localparam  crc_initial = 32'hffffffff;
    localparam  last_preamble_byte = 8'h6;
    localparam  last_short_byte = 8'h3a;
    localparam  last_padded_byte = 8'h3b;
    localparam  last_fcs_byte = 8'h3;
    localparam  last_gap_byte = 8'ha;
    localparam  no_byte = 8'h0;
    localparam  count_start = 8'h0;
    localparam  count_step = 8'h1;
    localparam  counter_start = 32'h0;
    localparam  counter_step = 32'h1;
    
    // Enums
    localparam TxStep$Idle = 0;
    localparam TxStep$Preamble = 1;
    localparam TxStep$StartOfFrame = 2;
    localparam TxStep$Data = 3;
    localparam TxStep$Pad = 4;
    localparam TxStep$Fcs = 5;
    localparam TxStep$Discard = 6;
    localparam TxStep$Gap = 7;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  short$d;
    wire  short$q;
    reg  short$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    reg  crc_pending$d;
    wire  crc_pending$q;
    reg  crc_pending$clock;
    reg  [7:0] txd$d;
    wire  [7:0] txd$q;
    reg  txd$clock;
    reg  tx_en$d;
    wire  tx_en$q;
    reg  tx_en$clock;
    reg  tx_er$d;
    wire  tx_er$q;
    reg  tx_er$clock;
    reg  [31:0] sent$d;
    wire  [31:0] sent$q;
    reg  sent$clock;
    reg  [31:0] aborted$d;
    wire  [31:0] aborted$q;
    reg  aborted$clock;
    reg  frame_sent$d;
    wire  frame_sent$q;
    reg  frame_sent$clock;
    reg  frame_aborted$d;
    wire  frame_aborted$q;
    reg  frame_aborted$clock;
    
    // Local signals
    reg  [31:0] crc_next;
    reg  [31:0] fcs_left;
    
    // Sub module instances
    ethernet_mac$transmitter$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    ethernet_mac$transmitter$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    ethernet_mac$transmitter$short short(
        .d(short$d),
        .q(short$q),
        .clock(short$clock)
    );
    ethernet_mac$transmitter$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    ethernet_mac$transmitter$crc_pending crc_pending(
        .d(crc_pending$d),
        .q(crc_pending$q),
        .clock(crc_pending$clock)
    );
    ethernet_mac$transmitter$txd txd(
        .d(txd$d),
        .q(txd$q),
        .clock(txd$clock)
    );
    ethernet_mac$transmitter$tx_en tx_en(
        .d(tx_en$d),
        .q(tx_en$q),
        .clock(tx_en$clock)
    );
    ethernet_mac$transmitter$tx_er tx_er(
        .d(tx_er$d),
        .q(tx_er$q),
        .clock(tx_er$clock)
    );
    ethernet_mac$transmitter$sent sent(
        .d(sent$d),
        .q(sent$q),
        .clock(sent$clock)
    );
    ethernet_mac$transmitter$aborted aborted(
        .d(aborted$d),
        .q(aborted$q),
        .clock(aborted$clock)
    );
    ethernet_mac$transmitter$frame_sent frame_sent(
        .d(frame_sent$d),
        .q(frame_sent$q),
        .clock(frame_sent$clock)
    );
    ethernet_mac$transmitter$frame_aborted frame_aborted(
        .d(frame_aborted$d),
        .q(frame_aborted$q),
        .clock(frame_aborted$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        count$clock = clock;
        short$clock = clock;
        crc$clock = clock;
        crc_pending$clock = clock;
        txd$clock = clock;
        tx_en$clock = clock;
        tx_er$clock = clock;
        sent$clock = clock;
        aborted$clock = clock;
        frame_sent$clock = clock;
        frame_aborted$clock = clock;
        step$d = step$q;
        count$d = count$q;
        short$d = short$q;
        crc$d = crc$q;
        crc_pending$d = crc_pending$q;
        txd$d = txd$q;
        tx_en$d = tx_en$q;
        tx_er$d = tx_er$q;
        sent$d = sent$q;
        aborted$d = aborted$q;
        frame_sent$d = frame_sent$q;
        frame_aborted$d = frame_aborted$q;
        gmii_txd = txd$q;
        gmii_tx_en = tx_en$q;
        gmii_tx_er = tx_er$q;
        frames = sent$q;
        underruns = aborted$q;
        s_axis_tready = 1'b0;
        tx_en$d = 1'b0;
        tx_er$d = 1'b0;
        txd$d = no_byte;
        frame_sent$d = 1'b0;
        frame_aborted$d = 1'b0;
        if (frame_sent$q) begin
            sent$d = sent$q + counter_step;
        end
        if (frame_aborted$q) begin
            aborted$d = aborted$q + counter_step;
        end
        crc_next = crc$q ^ ((txd$q) & 32'hffffffff);
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        crc_pending$d = 1'b0;
        fcs_left = crc$q;
        if (crc_pending$q) begin
            crc$d = crc_next;
            fcs_left = crc_next;
        end
        case (step$q)
            TxStep$Idle:
                begin
                    if (s_axis_tvalid) begin
                        step$d = TxStep$Preamble;
                        count$d = count_start;
                    end
                end
            TxStep$Preamble:
                begin
                    tx_en$d = 1'b1;
                    txd$d = preamble;
                    count$d = count$q + count_step;
                    if (count$q == last_preamble_byte) begin
                        step$d = TxStep$StartOfFrame;
                    end
                end
            TxStep$StartOfFrame:
                begin
                    tx_en$d = 1'b1;
                    txd$d = start_of_frame;
                    count$d = count_start;
                    short$d = 1'b1;
                    crc$d = crc_initial;
                    step$d = TxStep$Data;
                end
            TxStep$Data:
                begin
                    tx_en$d = 1'b1;
                    s_axis_tready = 1'b1;
                    if (s_axis_tvalid) begin
                        txd$d = s_axis_tdata;
                        crc_pending$d = 1'b1;
                        if (short$q) begin
                            count$d = count$q + count_step;
                            short$d = count$q != last_short_byte;
                        end
                        else begin
                            count$d = count_start;
                        end
                        if (s_axis_tlast) begin
                            if (short$q) begin
                                step$d = TxStep$Pad;
                            end
                            else begin
                                step$d = TxStep$Fcs;
                            end
                        end
                    end
                    else begin
                        tx_er$d = 1'b1;
                        frame_aborted$d = 1'b1;
                        step$d = TxStep$Discard;
                    end
                end
            TxStep$Pad:
                begin
                    tx_en$d = 1'b1;
                    crc_pending$d = 1'b1;
                    count$d = count$q + count_step;
                    if (count$q == last_padded_byte) begin
                        step$d = TxStep$Fcs;
                        count$d = count_start;
                    end
                end
            TxStep$Fcs:
                begin
                    tx_en$d = 1'b1;
                    txd$d = ~fcs_left[(32'h0)+:(8)];
                    crc$d = fcs_left >> 32'h8;
                    count$d = count$q + count_step;
                    if (count$q == last_fcs_byte) begin
                        frame_sent$d = 1'b1;
                        step$d = TxStep$Gap;
                        count$d = count_start;
                    end
                end
            TxStep$Discard:
                begin
                    s_axis_tready = 1'b1;
                    if (s_axis_tvalid & s_axis_tlast) begin
                        step$d = TxStep$Gap;
                        count$d = count_start;
                    end
                end
            default:
                begin
                    count$d = count$q + count_step;
                    if (count$q == last_gap_byte) begin
                        step$d = TxStep$Idle;
                    end
                end
        endcase
        if (reset) begin
            step$d = TxStep$Idle;
            crc_pending$d = 1'b0;
            tx_en$d = 1'b0;
            tx_er$d = 1'b0;
            frame_sent$d = 1'b0;
            frame_aborted$d = 1'b0;
            sent$d = counter_start;
            aborted$d = counter_start;
        end
    end
    
endmodule // ethernet_mac$transmitter


module ethernet_mac$transmitter$aborted(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$aborted


module ethernet_mac$transmitter$count(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$count


module ethernet_mac$transmitter$crc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$crc


module ethernet_mac$transmitter$crc_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$crc_pending


module ethernet_mac$transmitter$frame_aborted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$frame_aborted


module ethernet_mac$transmitter$frame_sent(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$frame_sent


module ethernet_mac$transmitter$sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$sent


module ethernet_mac$transmitter$short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$short


module ethernet_mac$transmitter$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam TxStep$Idle = 0;
    localparam TxStep$Preamble = 1;
    localparam TxStep$StartOfFrame = 2;
    localparam TxStep$Data = 3;
    localparam TxStep$Pad = 4;
    localparam TxStep$Fcs = 5;
    localparam TxStep$Discard = 6;
    localparam TxStep$Gap = 7;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$step


module ethernet_mac$transmitter$tx_en(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$tx_en


module ethernet_mac$transmitter$tx_er(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$tx_er


module ethernet_mac$transmitter$txd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$transmitter$txd


module ethernet_mac$tx_bytes(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [8:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [8:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [8:0] main_data$d;
    wire  [8:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [8:0] skid_data$d;
    wire  [8:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    ethernet_mac$tx_bytes$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    ethernet_mac$tx_bytes$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    ethernet_mac$tx_bytes$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    ethernet_mac$tx_bytes$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // ethernet_mac$tx_bytes


module ethernet_mac$tx_bytes$main_data(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes$main_data


module ethernet_mac$tx_bytes$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes$main_valid


module ethernet_mac$tx_bytes$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes$skid_data


module ethernet_mac$tx_bytes$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes$skid_valid


module ethernet_mac$tx_bytes_at_line(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [8:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [8:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [8:0] main_data$d;
    wire  [8:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [8:0] skid_data$d;
    wire  [8:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    ethernet_mac$tx_bytes_at_line$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    ethernet_mac$tx_bytes_at_line$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    ethernet_mac$tx_bytes_at_line$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    ethernet_mac$tx_bytes_at_line$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // ethernet_mac$tx_bytes_at_line


module ethernet_mac$tx_bytes_at_line$main_data(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes_at_line$main_data


module ethernet_mac$tx_bytes_at_line$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes_at_line$main_valid


module ethernet_mac$tx_bytes_at_line$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes_at_line$skid_data


module ethernet_mac$tx_bytes_at_line$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_bytes_at_line$skid_valid


module ethernet_mac$tx_dropped(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_dropped


module ethernet_mac$tx_dropping(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_dropping


module ethernet_mac$tx_fifo(write_clock,write_reset,in_data,in_valid,in_last,in_ready,in_abort,open_frame_fills_fifo,read_clock,read_reset,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  write_clock;
    input wire  write_reset;
    input wire  [72:0] in_data;
    input wire  in_valid;
    input wire  in_last;
    output reg  in_ready;
    input wire  in_abort;
    output reg  open_frame_fills_fifo;
    input wire  read_clock;
    input wire  read_reset;
    output reg  [72:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Constant declarations
    localparam  wrap_flip = 9'b110000000;
    localparam  one = 9'b1;
    localparam  two = 9'b10;
    localparam  zero = 9'b0;
    
    // Stub signals
    reg  [7:0] ram$read_address;
    reg  ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [7:0] ram$write_address;
    reg  ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    reg  [8:0] write_pointer$d;
    wire  [8:0] write_pointer$q;
    reg  write_pointer$clock;
    reg  [8:0] write_gray$d;
    wire  [8:0] write_gray$q;
    reg  write_gray$clock;
    reg  [8:0] write_gray_ahead$d;
    wire  [8:0] write_gray_ahead$q;
    reg  write_gray_ahead$clock;
    reg  [8:0] committed$d;
    wire  [8:0] committed$q;
    reg  committed$clock;
    reg  [8:0] committed_gray$d;
    wire  [8:0] committed_gray$q;
    reg  committed_gray$clock;
    reg  [8:0] committed_gray_ahead$d;
    wire  [8:0] committed_gray_ahead$q;
    reg  committed_gray_ahead$clock;
    reg  [8:0] read_gray_metastable$d;
    wire  [8:0] read_gray_metastable$q;
    reg  read_gray_metastable$clock;
    reg  [8:0] read_gray_seen$d;
    wire  [8:0] read_gray_seen$q;
    reg  read_gray_seen$clock;
    reg  full_registered$d;
    wire  full_registered$q;
    reg  full_registered$clock;
    reg  commit_crossing$source_clock;
    reg  commit_crossing$source_reset;
    reg  [8:0] commit_crossing$source_value;
    reg  commit_crossing$clock;
    reg  commit_crossing$reset;
    wire  [8:0] commit_crossing$value;
    reg  [8:0] read_pointer$d;
    wire  [8:0] read_pointer$q;
    reg  read_pointer$clock;
    reg  [8:0] read_gray$d;
    wire  [8:0] read_gray$q;
    reg  read_gray$clock;
    reg  holds_word$d;
    wire  holds_word$q;
    reg  holds_word$clock;
    reg  reader_sees_nothing$d;
    wire  reader_sees_nothing$q;
    reg  reader_sees_nothing$clock;
    reg  [8:0] read_gray_ahead$d;
    wire  [8:0] read_gray_ahead$q;
    reg  read_gray_ahead$clock;
    
    // Local signals
    reg  [8:0] full_at;
    reg  full;
    reg  full_after_write;
    reg  full_after_abort;
    reg  write;
    reg  [8:0] write_pointer_after;
    reg  [8:0] write_pointer_two_ahead;
    reg  [8:0] committed_gray_seen;
    reg  advance;
    reg  [8:0] read_pointer_after;
    reg  [8:0] read_pointer_ahead;
    reg  [8:0] read_pointer_two_ahead;
    
    // Sub module instances
    ethernet_mac$tx_fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    ethernet_mac$tx_fifo$write_pointer write_pointer(
        .d(write_pointer$d),
        .q(write_pointer$q),
        .clock(write_pointer$clock)
    );
    ethernet_mac$tx_fifo$write_gray write_gray(
        .d(write_gray$d),
        .q(write_gray$q),
        .clock(write_gray$clock)
    );
    ethernet_mac$tx_fifo$write_gray_ahead write_gray_ahead(
        .d(write_gray_ahead$d),
        .q(write_gray_ahead$q),
        .clock(write_gray_ahead$clock)
    );
    ethernet_mac$tx_fifo$committed committed(
        .d(committed$d),
        .q(committed$q),
        .clock(committed$clock)
    );
    ethernet_mac$tx_fifo$committed_gray committed_gray(
        .d(committed_gray$d),
        .q(committed_gray$q),
        .clock(committed_gray$clock)
    );
    ethernet_mac$tx_fifo$committed_gray_ahead committed_gray_ahead(
        .d(committed_gray_ahead$d),
        .q(committed_gray_ahead$q),
        .clock(committed_gray_ahead$clock)
    );
    ethernet_mac$tx_fifo$read_gray_metastable read_gray_metastable(
        .d(read_gray_metastable$d),
        .q(read_gray_metastable$q),
        .clock(read_gray_metastable$clock)
    );
    ethernet_mac$tx_fifo$read_gray_seen read_gray_seen(
        .d(read_gray_seen$d),
        .q(read_gray_seen$q),
        .clock(read_gray_seen$clock)
    );
    ethernet_mac$tx_fifo$full_registered full_registered(
        .d(full_registered$d),
        .q(full_registered$q),
        .clock(full_registered$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing commit_crossing(
        .source_clock(commit_crossing$source_clock),
        .source_reset(commit_crossing$source_reset),
        .source_value(commit_crossing$source_value),
        .clock(commit_crossing$clock),
        .reset(commit_crossing$reset),
        .value(commit_crossing$value)
    );
    ethernet_mac$tx_fifo$read_pointer read_pointer(
        .d(read_pointer$d),
        .q(read_pointer$q),
        .clock(read_pointer$clock)
    );
    ethernet_mac$tx_fifo$read_gray read_gray(
        .d(read_gray$d),
        .q(read_gray$q),
        .clock(read_gray$clock)
    );
    ethernet_mac$tx_fifo$holds_word holds_word(
        .d(holds_word$d),
        .q(holds_word$q),
        .clock(holds_word$clock)
    );
    ethernet_mac$tx_fifo$reader_sees_nothing reader_sees_nothing(
        .d(reader_sees_nothing$d),
        .q(reader_sees_nothing$q),
        .clock(reader_sees_nothing$clock)
    );
    ethernet_mac$tx_fifo$read_gray_ahead read_gray_ahead(
        .d(read_gray_ahead$d),
        .q(read_gray_ahead$q),
        .clock(read_gray_ahead$clock)
    );
    
    // Update code
    always @(*) begin
        write_pointer$clock = write_clock;
        write_gray$clock = write_clock;
        write_gray_ahead$clock = write_clock;
        committed$clock = write_clock;
        committed_gray$clock = write_clock;
        committed_gray_ahead$clock = write_clock;
        read_gray_metastable$clock = write_clock;
        read_gray_seen$clock = write_clock;
        full_registered$clock = write_clock;
        write_pointer$d = write_pointer$q;
        write_gray$d = write_gray$q;
        write_gray_ahead$d = write_gray_ahead$q;
        committed$d = committed$q;
        committed_gray$d = committed_gray$q;
        committed_gray_ahead$d = committed_gray_ahead$q;
        read_gray_metastable$d = read_gray_metastable$q;
        read_gray_seen$d = read_gray_seen$q;
        full_registered$d = full_registered$q;
        read_pointer$clock = read_clock;
        read_gray$clock = read_clock;
        holds_word$clock = read_clock;
        reader_sees_nothing$clock = read_clock;
        read_gray_ahead$clock = read_clock;
        read_pointer$d = read_pointer$q;
        read_gray$d = read_gray$q;
        holds_word$d = holds_word$q;
        reader_sees_nothing$d = reader_sees_nothing$q;
        read_gray_ahead$d = read_gray_ahead$q;
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        read_gray_metastable$d = read_gray$q;
        read_gray_seen$d = read_gray_metastable$q;
        full_at = read_gray_seen$q ^ wrap_flip;
        full = write_gray$q == full_at;
        open_frame_fills_fifo = full & (committed_gray$q == read_gray_seen$q);
        full_after_write = write_gray_ahead$q == full_at;
        full_after_abort = committed_gray$q == full_at;
        in_ready = ~full_registered$q;
        write = in_valid & ~full_registered$q & ~in_abort;
        full_registered$d = full;
        if (write) begin
            full_registered$d = full_after_write;
        end
        if (in_abort) begin
            full_registered$d = full_after_abort;
        end
        ram$write_enable = write;
        ram$write_address = write_pointer$q[(32'h0)+:(8)];
        ram$write_data = in_data;
        write_pointer_after = write_pointer$q + one;
        write_pointer_two_ahead = write_pointer$q + two;
        if (write) begin
            write_pointer$d = write_pointer_after;
            write_gray$d = write_gray_ahead$q;
            write_gray_ahead$d = write_pointer_two_ahead ^ (write_pointer_two_ahead >> 32'h1);
            if (in_last) begin
                committed$d = write_pointer_after;
                committed_gray$d = write_gray_ahead$q;
                committed_gray_ahead$d = write_pointer_two_ahead ^ (write_pointer_two_ahead >> 32'h1);
            end
        end
        if (in_abort) begin
            write_pointer$d = committed$q;
            write_gray$d = committed_gray$q;
            write_gray_ahead$d = committed_gray_ahead$q;
        end
        if (write_reset) begin
            write_pointer$d = zero;
            write_gray$d = zero;
            write_gray_ahead$d = one;
            committed$d = zero;
            committed_gray$d = zero;
            committed_gray_ahead$d = one;
            read_gray_metastable$d = zero;
            read_gray_seen$d = zero;
            full_registered$d = 1'b0;
        end
        commit_crossing$source_clock = write_clock;
        commit_crossing$source_reset = write_reset;
        commit_crossing$source_value = committed_gray$q;
        commit_crossing$clock = read_clock;
        commit_crossing$reset = read_reset;
        committed_gray_seen = commit_crossing$value;
        out_valid = ~reader_sees_nothing$q;
        advance = holds_word$q & out_ready;
        read_pointer_ahead = read_pointer$q + one;
        read_pointer_two_ahead = read_pointer$q + two;
        read_pointer_after = read_pointer$q;
        holds_word$d = read_gray$q != committed_gray_seen;
        if (advance) begin
            read_pointer_after = read_pointer_ahead;
            read_gray$d = read_gray_ahead$q;
            read_gray_ahead$d = read_pointer_two_ahead ^ (read_pointer_two_ahead >> 32'h1);
            holds_word$d = read_gray_ahead$q != committed_gray_seen;
        end
        reader_sees_nothing$d = ~holds_word$d;
        read_pointer$d = read_pointer_after;
        ram$read_address = read_pointer_after[(32'h0)+:(8)];
        out_data = ram$read_data;
        if (read_reset) begin
            read_pointer$d = zero;
            read_gray$d = zero;
            holds_word$d = 1'b0;
            reader_sees_nothing$d = 1'b1;
            read_gray_ahead$d = one;
        end
    end
    
endmodule // ethernet_mac$tx_fifo


module ethernet_mac$tx_fifo$commit_crossing(source_clock,source_reset,source_value,clock,reset,value);
    
    // Module arguments
    input wire  source_clock;
    input wire  source_reset;
    input wire  [8:0] source_value;
    input wire  clock;
    input wire  reset;
    output reg  [8:0] value;
    
    // Constant declarations
    localparam  zero = 9'b0;
    
    // Stub signals
    reg  [8:0] held$d;
    wire  [8:0] held$q;
    reg  held$clock;
    reg  request$d;
    wire  request$q;
    reg  request$clock;
    reg  acknowledge_metastable$d;
    wire  acknowledge_metastable$q;
    reg  acknowledge_metastable$clock;
    reg  acknowledge_seen$d;
    wire  acknowledge_seen$q;
    reg  acknowledge_seen$clock;
    reg  request_metastable$d;
    wire  request_metastable$q;
    reg  request_metastable$clock;
    reg  request_seen$d;
    wire  request_seen$q;
    reg  request_seen$clock;
    reg  taken$d;
    wire  taken$q;
    reg  taken$clock;
    reg  [8:0] seen$d;
    wire  [8:0] seen$q;
    reg  seen$clock;
    
    // Sub module instances
    ethernet_mac$tx_fifo$commit_crossing$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$request request(
        .d(request$d),
        .q(request$q),
        .clock(request$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$acknowledge_metastable acknowledge_metastable(
        .d(acknowledge_metastable$d),
        .q(acknowledge_metastable$q),
        .clock(acknowledge_metastable$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$acknowledge_seen acknowledge_seen(
        .d(acknowledge_seen$d),
        .q(acknowledge_seen$q),
        .clock(acknowledge_seen$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$request_metastable request_metastable(
        .d(request_metastable$d),
        .q(request_metastable$q),
        .clock(request_metastable$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$request_seen request_seen(
        .d(request_seen$d),
        .q(request_seen$q),
        .clock(request_seen$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$taken taken(
        .d(taken$d),
        .q(taken$q),
        .clock(taken$clock)
    );
    ethernet_mac$tx_fifo$commit_crossing$seen seen(
        .d(seen$d),
        .q(seen$q),
        .clock(seen$clock)
    );
    
    // Update code
    always @(*) begin
        held$clock = source_clock;
        request$clock = source_clock;
        acknowledge_metastable$clock = source_clock;
        acknowledge_seen$clock = source_clock;
        held$d = held$q;
        request$d = request$q;
        acknowledge_metastable$d = acknowledge_metastable$q;
        acknowledge_seen$d = acknowledge_seen$q;
        request_metastable$clock = clock;
        request_seen$clock = clock;
        taken$clock = clock;
        seen$clock = clock;
        request_metastable$d = request_metastable$q;
        request_seen$d = request_seen$q;
        taken$d = taken$q;
        seen$d = seen$q;
        acknowledge_metastable$d = taken$q;
        acknowledge_seen$d = acknowledge_metastable$q;
        if ((request$q == acknowledge_seen$q) & (source_value != held$q)) begin
            held$d = source_value;
            request$d = ~request$q;
        end
        if (source_reset) begin
            held$d = zero;
            request$d = 1'b0;
            acknowledge_metastable$d = 1'b0;
            acknowledge_seen$d = 1'b0;
        end
        request_metastable$d = request$q;
        request_seen$d = request_metastable$q;
        if (request_seen$q != taken$q) begin
            seen$d = held$q;
            taken$d = request_seen$q;
        end
        value = seen$q;
        if (reset) begin
            request_metastable$d = 1'b0;
            request_seen$d = 1'b0;
            taken$d = 1'b0;
            seen$d = zero;
        end
    end
    
endmodule // ethernet_mac$tx_fifo$commit_crossing


module ethernet_mac$tx_fifo$commit_crossing$acknowledge_metastable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$acknowledge_metastable


module ethernet_mac$tx_fifo$commit_crossing$acknowledge_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$acknowledge_seen


module ethernet_mac$tx_fifo$commit_crossing$held(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$held


module ethernet_mac$tx_fifo$commit_crossing$request(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$request


module ethernet_mac$tx_fifo$commit_crossing$request_metastable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$request_metastable


module ethernet_mac$tx_fifo$commit_crossing$request_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$request_seen


module ethernet_mac$tx_fifo$commit_crossing$seen(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$seen


module ethernet_mac$tx_fifo$commit_crossing$taken(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$commit_crossing$taken


module ethernet_mac$tx_fifo$committed(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$committed


module ethernet_mac$tx_fifo$committed_gray(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$committed_gray


module ethernet_mac$tx_fifo$committed_gray_ahead(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$committed_gray_ahead


module ethernet_mac$tx_fifo$full_registered(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$full_registered


module ethernet_mac$tx_fifo$holds_word(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$holds_word


module ethernet_mac$tx_fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // ethernet_mac$tx_fifo$ram


module ethernet_mac$tx_fifo$read_gray(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$read_gray


module ethernet_mac$tx_fifo$read_gray_ahead(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$read_gray_ahead


module ethernet_mac$tx_fifo$read_gray_metastable(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$read_gray_metastable


module ethernet_mac$tx_fifo$read_gray_seen(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$read_gray_seen


module ethernet_mac$tx_fifo$read_pointer(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$read_pointer


module ethernet_mac$tx_fifo$reader_sees_nothing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$reader_sees_nothing


module ethernet_mac$tx_fifo$write_gray(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$write_gray


module ethernet_mac$tx_fifo$write_gray_ahead(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$write_gray_ahead


module ethernet_mac$tx_fifo$write_pointer(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_fifo$write_pointer


module ethernet_mac$tx_words(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [72:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [72:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [72:0] ping$d;
    wire  [72:0] ping$q;
    reg  ping$clock;
    reg  [72:0] pong$d;
    wire  [72:0] pong$q;
    reg  pong$clock;
    reg  write_pong$d;
    wire  write_pong$q;
    reg  write_pong$clock;
    reg  read_pong$d;
    wire  read_pong$q;
    reg  read_pong$clock;
    reg  holds_item$d;
    wire  holds_item$q;
    reg  holds_item$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    
    // Local signals
    reg  push;
    reg  pop;
    
    // Sub module instances
    ethernet_mac$tx_words$ping ping(
        .d(ping$d),
        .q(ping$q),
        .clock(ping$clock)
    );
    ethernet_mac$tx_words$pong pong(
        .d(pong$d),
        .q(pong$q),
        .clock(pong$clock)
    );
    ethernet_mac$tx_words$write_pong write_pong(
        .d(write_pong$d),
        .q(write_pong$q),
        .clock(write_pong$clock)
    );
    ethernet_mac$tx_words$read_pong read_pong(
        .d(read_pong$d),
        .q(read_pong$q),
        .clock(read_pong$clock)
    );
    ethernet_mac$tx_words$holds_item holds_item(
        .d(holds_item$d),
        .q(holds_item$q),
        .clock(holds_item$clock)
    );
    ethernet_mac$tx_words$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    ethernet_mac$tx_words$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    
    // Update code
    always @(*) begin
        ping$clock = clock;
        pong$clock = clock;
        write_pong$clock = clock;
        read_pong$clock = clock;
        holds_item$clock = clock;
        full$clock = clock;
        accepting$clock = clock;
        ping$d = ping$q;
        pong$d = pong$q;
        write_pong$d = write_pong$q;
        read_pong$d = read_pong$q;
        holds_item$d = holds_item$q;
        full$d = full$q;
        accepting$d = accepting$q;
        in_ready = accepting$q;
        out_valid = holds_item$q;
        out_data = ping$q;
        if (read_pong$q) begin
            out_data = pong$q;
        end
        push = in_valid & ~full$q;
        pop = out_ready & holds_item$q;
        if (push) begin
            if (write_pong$q) begin
                pong$d = in_data;
            end
            else begin
                ping$d = in_data;
            end
            write_pong$d = ~write_pong$q;
        end
        if (pop) begin
            read_pong$d = ~read_pong$q;
        end
        if (push & ~pop) begin
            holds_item$d = 1'b1;
            full$d = holds_item$q;
        end
        if (pop & ~push) begin
            full$d = 1'b0;
            holds_item$d = full$q;
        end
        if (reset) begin
            write_pong$d = 1'b0;
            read_pong$d = 1'b0;
            holds_item$d = 1'b0;
            full$d = 1'b0;
        end
        accepting$d = ~full$d;
    end
    
endmodule // ethernet_mac$tx_words


module ethernet_mac$tx_words$accepting(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$accepting


module ethernet_mac$tx_words$full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$full


module ethernet_mac$tx_words$holds_item(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$holds_item


module ethernet_mac$tx_words$ping(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$ping


module ethernet_mac$tx_words$pong(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$pong


module ethernet_mac$tx_words$read_pong(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$read_pong


module ethernet_mac$tx_words$write_pong(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$tx_words$write_pong


module ethernet_mac$unpacker(clock,reset,word,word_valid,word_ready,m_axis_tdata,m_axis_tvalid,m_axis_tlast,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [72:0] word;
    input wire  word_valid;
    output reg  word_ready;
    output reg  [7:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    output reg  m_axis_tlast;
    input wire  m_axis_tready;
    
    // Stub signals
    reg  [63:0] data$d;
    wire  [63:0] data$q;
    reg  data$clock;
    reg  [7:0] keep$d;
    wire  [7:0] keep$q;
    reg  keep$clock;
    reg  last$d;
    wire  last$q;
    reg  last$clock;
    reg  holding$d;
    wire  holding$q;
    reg  holding$clock;
    
    // Local signals
    reg  last_in_word;
    
    // Sub module instances
    ethernet_mac$unpacker$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    ethernet_mac$unpacker$keep keep(
        .d(keep$d),
        .q(keep$q),
        .clock(keep$clock)
    );
    ethernet_mac$unpacker$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    ethernet_mac$unpacker$holding holding(
        .d(holding$d),
        .q(holding$q),
        .clock(holding$clock)
    );
    
    // Update code
    always @(*) begin
        data$clock = clock;
        keep$clock = clock;
        last$clock = clock;
        holding$clock = clock;
        data$d = data$q;
        keep$d = keep$q;
        last$d = last$q;
        holding$d = holding$q;
        m_axis_tdata = data$q[(32'h0)+:(8)];
        last_in_word = ~keep$q[32'h1];
        m_axis_tvalid = holding$q;
        m_axis_tlast = last$q & last_in_word;
        word_ready = ~holding$q | (m_axis_tready & last_in_word);
        if (holding$q & m_axis_tready) begin
            data$d = data$q >> 32'h8;
            keep$d = keep$q >> 32'h1;
            if (last_in_word) begin
                holding$d = 1'b0;
            end
        end
        if (word_valid & word_ready) begin
            data$d = word[(64'h0)+:(64)];
            keep$d = word[(64'h40)+:(8)];
            last$d = word[(64'h48)+:(1)];
            holding$d = 1'b1;
        end
        if (reset) begin
            holding$d = 1'b0;
        end
    end
    
endmodule // ethernet_mac$unpacker


module ethernet_mac$unpacker$data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$unpacker$data


module ethernet_mac$unpacker$holding(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$unpacker$holding


module ethernet_mac$unpacker$keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$unpacker$keep


module ethernet_mac$unpacker$last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // ethernet_mac$unpacker$last
