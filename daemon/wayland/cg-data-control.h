/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-data-control.h: ext-data-control-v1 and wlr-data-control-unstable-v1,
 * which are one protocol under two names, behind one set of calls: the
 * clipboard logic is written once.  Objects are plain wl_proxy pointers;
 * listeners take the same arguments under either name. */
#pragma once

#include <glib.h>
#include <wayland-client.h>

G_BEGIN_DECLS

typedef struct
{
  void (*data_offer) (void *data, struct wl_proxy *device, struct wl_proxy *offer);
  void (*selection) (void *data, struct wl_proxy *device, struct wl_proxy *offer);
  void (*finished) (void *data, struct wl_proxy *device);
  void (*primary_selection) (void *data, struct wl_proxy *device, struct wl_proxy *offer);
} CgDcDeviceListener;

typedef struct
{
  void (*send) (void *data, struct wl_proxy *source, const char *mime_type, int32_t fd);
  void (*cancelled) (void *data, struct wl_proxy *source);
} CgDcSourceListener;

typedef struct
{
  void (*offer) (void *data, struct wl_proxy *offer, const char *mime_type);
} CgDcOfferListener;

typedef struct
{
  const char *name; /* the protocol, for the log */
  const struct wl_interface *manager_interface;
  guint32 max_version;
  guint32 primary_since; /* the version with the primary selection */

  struct wl_proxy *(*create_data_source) (struct wl_proxy *manager);
  struct wl_proxy *(*get_data_device) (struct wl_proxy *manager, struct wl_seat *seat);
  void (*manager_destroy) (struct wl_proxy *manager);

  void (*set_selection) (struct wl_proxy *device, struct wl_proxy *source);
  void (*set_primary_selection) (struct wl_proxy *device, struct wl_proxy *source);
  void (*device_destroy) (struct wl_proxy *device);

  void (*source_offer) (struct wl_proxy *source, const char *mime_type);
  void (*source_destroy) (struct wl_proxy *source);

  void (*offer_receive) (struct wl_proxy *offer, const char *mime_type, int32_t fd);
  void (*offer_destroy) (struct wl_proxy *offer);
} CgDataControl;

/* The protocols a compositor may offer, best first. */
extern const CgDataControl cg_data_control_ext;
extern const CgDataControl cg_data_control_wlr;

void cg_data_control_device_listen (struct wl_proxy *device, const CgDcDeviceListener *listener,
                                    void *data);
void cg_data_control_source_listen (struct wl_proxy *source, const CgDcSourceListener *listener,
                                    void *data);
void cg_data_control_offer_listen (struct wl_proxy *offer, const CgDcOfferListener *listener,
                                   void *data);

/* The mime type our own sources offer besides the text ones: a selection
 * that offers it is ours (or our keeper's) and is not read again. */
#define CG_DATA_CONTROL_OWN_MIME "application/x-nl.clipguard.masked"

G_END_DECLS
