// dispatcher: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module dispatcher(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,m_axis_dest,m_axis_qp,m_axis_message_end,cfg_write,cfg_qp,cfg_enable,cfg_connector,packets_dispatched,packets_unknown_qp);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [23:0] s_axis_qp;
    input wire  s_axis_message_end;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  [3:0] m_axis_tready;
    output reg  [1:0] m_axis_dest;
    output reg  [3:0] m_axis_qp;
    output reg  m_axis_message_end;
    input wire  cfg_write;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  [1:0] cfg_connector;
    output reg  [31:0] packets_dispatched;
    output reg  [31:0] packets_unknown_qp;
    
    // Constant declarations
    localparam  high_mask = 24'hfffff0;
    localparam  enable_bit = 8'h4;
    localparam  one = 32'h1;
    localparam  zero = 32'h0;
    localparam  one_hot_zero = 4'h1;
    
    // Stub signals
    reg  [3:0] map$read_address;
    reg  map$read_clock;
    wire  [7:0] map$read_data;
    reg  [3:0] map$write_address;
    reg  map$write_clock;
    reg  [7:0] map$write_data;
    reg  map$write_enable;
    reg  arriving$d;
    wire  arriving$q;
    reg  arriving$clock;
    reg  [63:0] arriving_data$d;
    wire  [63:0] arriving_data$q;
    reg  arriving_data$clock;
    reg  [7:0] arriving_keep$d;
    wire  [7:0] arriving_keep$q;
    reg  arriving_keep$clock;
    reg  arriving_last$d;
    wire  arriving_last$q;
    reg  arriving_last$clock;
    reg  [3:0] arriving_qp$d;
    wire  [3:0] arriving_qp$q;
    reg  arriving_qp$clock;
    reg  arriving_message_end$d;
    wire  arriving_message_end$q;
    reg  arriving_message_end$clock;
    reg  arriving_first$d;
    wire  arriving_first$q;
    reg  arriving_first$clock;
    reg  arriving_in_range$d;
    wire  arriving_in_range$q;
    reg  arriving_in_range$clock;
    reg  arriving_fresh$d;
    wire  arriving_fresh$q;
    reg  arriving_fresh$clock;
    reg  [7:0] arriving_entry$d;
    wire  [7:0] arriving_entry$q;
    reg  arriving_entry$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [63:0] held_data$d;
    wire  [63:0] held_data$q;
    reg  held_data$clock;
    reg  [7:0] held_keep$d;
    wire  [7:0] held_keep$q;
    reg  held_keep$clock;
    reg  held_last$d;
    wire  held_last$q;
    reg  held_last$clock;
    reg  [3:0] held_qp$d;
    wire  [3:0] held_qp$q;
    reg  held_qp$clock;
    reg  held_message_end$d;
    wire  held_message_end$q;
    reg  held_message_end$clock;
    reg  route_deliver$d;
    wire  route_deliver$q;
    reg  route_deliver$clock;
    reg  [1:0] route_dest$d;
    wire  [1:0] route_dest$q;
    reg  route_dest$clock;
    reg  at_packet_start$d;
    wire  at_packet_start$q;
    reg  at_packet_start$clock;
    reg  [31:0] dispatched$d;
    wire  [31:0] dispatched$q;
    reg  dispatched$clock;
    reg  [31:0] unknown$d;
    wire  [31:0] unknown$q;
    reg  unknown$clock;
    
    // Local signals
    reg  [7:0] entry;
    reg  taken;
    reg  moves;
    reg  accept;
    reg  [3:0] qp_index;
    reg  [23:0] qp_high;
    
    // Sub module instances
    dispatcher$map map(
        .read_address(map$read_address),
        .read_clock(map$read_clock),
        .read_data(map$read_data),
        .write_address(map$write_address),
        .write_clock(map$write_clock),
        .write_data(map$write_data),
        .write_enable(map$write_enable)
    );
    dispatcher$arriving arriving(
        .d(arriving$d),
        .q(arriving$q),
        .clock(arriving$clock)
    );
    dispatcher$arriving_data arriving_data(
        .d(arriving_data$d),
        .q(arriving_data$q),
        .clock(arriving_data$clock)
    );
    dispatcher$arriving_keep arriving_keep(
        .d(arriving_keep$d),
        .q(arriving_keep$q),
        .clock(arriving_keep$clock)
    );
    dispatcher$arriving_last arriving_last(
        .d(arriving_last$d),
        .q(arriving_last$q),
        .clock(arriving_last$clock)
    );
    dispatcher$arriving_qp arriving_qp(
        .d(arriving_qp$d),
        .q(arriving_qp$q),
        .clock(arriving_qp$clock)
    );
    dispatcher$arriving_message_end arriving_message_end(
        .d(arriving_message_end$d),
        .q(arriving_message_end$q),
        .clock(arriving_message_end$clock)
    );
    dispatcher$arriving_first arriving_first(
        .d(arriving_first$d),
        .q(arriving_first$q),
        .clock(arriving_first$clock)
    );
    dispatcher$arriving_in_range arriving_in_range(
        .d(arriving_in_range$d),
        .q(arriving_in_range$q),
        .clock(arriving_in_range$clock)
    );
    dispatcher$arriving_fresh arriving_fresh(
        .d(arriving_fresh$d),
        .q(arriving_fresh$q),
        .clock(arriving_fresh$clock)
    );
    dispatcher$arriving_entry arriving_entry(
        .d(arriving_entry$d),
        .q(arriving_entry$q),
        .clock(arriving_entry$clock)
    );
    dispatcher$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    dispatcher$held_data held_data(
        .d(held_data$d),
        .q(held_data$q),
        .clock(held_data$clock)
    );
    dispatcher$held_keep held_keep(
        .d(held_keep$d),
        .q(held_keep$q),
        .clock(held_keep$clock)
    );
    dispatcher$held_last held_last(
        .d(held_last$d),
        .q(held_last$q),
        .clock(held_last$clock)
    );
    dispatcher$held_qp held_qp(
        .d(held_qp$d),
        .q(held_qp$q),
        .clock(held_qp$clock)
    );
    dispatcher$held_message_end held_message_end(
        .d(held_message_end$d),
        .q(held_message_end$q),
        .clock(held_message_end$clock)
    );
    dispatcher$route_deliver route_deliver(
        .d(route_deliver$d),
        .q(route_deliver$q),
        .clock(route_deliver$clock)
    );
    dispatcher$route_dest route_dest(
        .d(route_dest$d),
        .q(route_dest$q),
        .clock(route_dest$clock)
    );
    dispatcher$at_packet_start at_packet_start(
        .d(at_packet_start$d),
        .q(at_packet_start$q),
        .clock(at_packet_start$clock)
    );
    dispatcher$dispatched dispatched(
        .d(dispatched$d),
        .q(dispatched$q),
        .clock(dispatched$clock)
    );
    dispatcher$unknown unknown(
        .d(unknown$d),
        .q(unknown$q),
        .clock(unknown$clock)
    );
    
    // Update code
    always @(*) begin
        arriving$clock = clock;
        arriving_data$clock = clock;
        arriving_keep$clock = clock;
        arriving_last$clock = clock;
        arriving_qp$clock = clock;
        arriving_message_end$clock = clock;
        arriving_first$clock = clock;
        arriving_in_range$clock = clock;
        arriving_fresh$clock = clock;
        arriving_entry$clock = clock;
        held$clock = clock;
        held_data$clock = clock;
        held_keep$clock = clock;
        held_last$clock = clock;
        held_qp$clock = clock;
        held_message_end$clock = clock;
        route_deliver$clock = clock;
        route_dest$clock = clock;
        at_packet_start$clock = clock;
        dispatched$clock = clock;
        unknown$clock = clock;
        arriving$d = arriving$q;
        arriving_data$d = arriving_data$q;
        arriving_keep$d = arriving_keep$q;
        arriving_last$d = arriving_last$q;
        arriving_qp$d = arriving_qp$q;
        arriving_message_end$d = arriving_message_end$q;
        arriving_first$d = arriving_first$q;
        arriving_in_range$d = arriving_in_range$q;
        arriving_fresh$d = arriving_fresh$q;
        arriving_entry$d = arriving_entry$q;
        held$d = held$q;
        held_data$d = held_data$q;
        held_keep$d = held_keep$q;
        held_last$d = held_last$q;
        held_qp$d = held_qp$q;
        held_message_end$d = held_message_end$q;
        route_deliver$d = route_deliver$q;
        route_dest$d = route_dest$q;
        at_packet_start$d = at_packet_start$q;
        dispatched$d = dispatched$q;
        unknown$d = unknown$q;
        map$read_clock = clock;
        map$write_clock = clock;
        map$write_enable = cfg_write;
        map$write_address = cfg_qp;
        map$write_data = ((cfg_connector) & 8'hff);
        if (cfg_enable) begin
            map$write_data = ((cfg_connector) & 8'hff) | enable_bit;
        end
        qp_index = ((s_axis_qp) & 4'hf);
        map$read_address = qp_index;
        entry = arriving_entry$q;
        if (arriving_fresh$q) begin
            entry = map$read_data;
        end
        arriving_entry$d = entry;
        qp_high = s_axis_qp & high_mask;
        m_axis_tdata = held_data$q;
        m_axis_tkeep = held_keep$q;
        m_axis_tlast = held_last$q;
        m_axis_qp = held_qp$q;
        m_axis_message_end = held_message_end$q;
        m_axis_dest = route_dest$q;
        m_axis_tvalid = held$q & route_deliver$q;
        taken = held$q & (~route_deliver$q | |(m_axis_tready & (one_hot_zero << route_dest$q)));
        moves = arriving$q & (~held$q | taken);
        accept = s_axis_tvalid & (~arriving$q | moves);
        s_axis_tready = ~arriving$q | moves;
        if (taken & held_last$q) begin
            if (route_deliver$q) begin
                dispatched$d = dispatched$q + one;
            end
            else begin
                unknown$d = unknown$q + one;
            end
        end
        if (taken) begin
            held$d = 1'b0;
        end
        if (moves) begin
            held$d = 1'b1;
            held_data$d = arriving_data$q;
            held_keep$d = arriving_keep$q;
            held_last$d = arriving_last$q;
            held_qp$d = arriving_qp$q;
            held_message_end$d = arriving_message_end$q;
            if (arriving_first$q) begin
                route_deliver$d = |(entry & enable_bit) & arriving_in_range$q;
                route_dest$d = ((entry) & 2'h3);
            end
            arriving$d = 1'b0;
        end
        arriving_fresh$d = 1'b0;
        if (accept) begin
            arriving$d = 1'b1;
            arriving_data$d = s_axis_tdata;
            arriving_keep$d = s_axis_tkeep;
            arriving_last$d = s_axis_tlast;
            arriving_qp$d = qp_index;
            arriving_message_end$d = s_axis_message_end;
            arriving_first$d = at_packet_start$q;
            arriving_in_range$d = ~|qp_high;
            arriving_fresh$d = 1'b1;
            at_packet_start$d = s_axis_tlast;
        end
        packets_dispatched = dispatched$q;
        packets_unknown_qp = unknown$q;
        if (reset) begin
            arriving$d = 1'b0;
            arriving_fresh$d = 1'b0;
            held$d = 1'b0;
            at_packet_start$d = 1'b1;
            dispatched$d = zero;
            unknown$d = zero;
        end
    end
    
endmodule // dispatcher


module dispatcher$arriving(d,q,clock);
    
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
          
endmodule // dispatcher$arriving


module dispatcher$arriving_data(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_data


module dispatcher$arriving_entry(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_entry


module dispatcher$arriving_first(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_first


module dispatcher$arriving_fresh(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_fresh


module dispatcher$arriving_in_range(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_in_range


module dispatcher$arriving_keep(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_keep


module dispatcher$arriving_last(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_last


module dispatcher$arriving_message_end(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_message_end


module dispatcher$arriving_qp(d,q,clock);
    
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
          
endmodule // dispatcher$arriving_qp


module dispatcher$at_packet_start(d,q,clock);
    
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
          
endmodule // dispatcher$at_packet_start


module dispatcher$dispatched(d,q,clock);
    
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
          
endmodule // dispatcher$dispatched


module dispatcher$held(d,q,clock);
    
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
          
endmodule // dispatcher$held


module dispatcher$held_data(d,q,clock);
    
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
          
endmodule // dispatcher$held_data


module dispatcher$held_keep(d,q,clock);
    
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
          
endmodule // dispatcher$held_keep


module dispatcher$held_last(d,q,clock);
    
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
          
endmodule // dispatcher$held_last


module dispatcher$held_message_end(d,q,clock);
    
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
          
endmodule // dispatcher$held_message_end


module dispatcher$held_qp(d,q,clock);
    
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
          
endmodule // dispatcher$held_qp


module dispatcher$map(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[15:0];
    
    initial begin
    mem[4'h0] = 8'h0;
    mem[4'h1] = 8'h0;
    mem[4'h2] = 8'h0;
    mem[4'h3] = 8'h0;
    mem[4'h4] = 8'h0;
    mem[4'h5] = 8'h0;
    mem[4'h6] = 8'h0;
    mem[4'h7] = 8'h0;
    mem[4'h8] = 8'h0;
    mem[4'h9] = 8'h0;
    mem[4'ha] = 8'h0;
    mem[4'hb] = 8'h0;
    mem[4'hc] = 8'h0;
    mem[4'hd] = 8'h0;
    mem[4'he] = 8'h0;
    mem[4'hf] = 8'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // dispatcher$map


module dispatcher$route_deliver(d,q,clock);
    
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
          
endmodule // dispatcher$route_deliver


module dispatcher$route_dest(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // dispatcher$route_dest


module dispatcher$unknown(d,q,clock);
    
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
          
endmodule // dispatcher$unknown
