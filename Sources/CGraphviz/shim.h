#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 refuses C globals as not concurrency-safe; these read them.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }

// agtail and aghead are macros, which Swift does not import.
static inline Agnode_t *cgv_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cgv_head(Agedge_t *e) { return aghead(e); }

// Resets the DOT lexer after a parse; exported by libcgraph but not declared.
extern void aglexbad(void);

// The JSON renderer leaves the graph's io discipline pointing at its own
// table, so a later agwrite crashes; callers save and restore it.
static inline Agiodisc_t *cgv_io_disc(Agraph_t *g) { return g->clos->disc.io; }
static inline void cgv_set_io_disc(Agraph_t *g, Agiodisc_t *io) { g->clos->disc.io = io; }

#endif
