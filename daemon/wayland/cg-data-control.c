/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cg-data-control.c: the two data-control protocols as one.  The generated
 * request functions of each are wrapped once by a macro; listeners are set
 * with wl_proxy_add_listener(), whose tables have the same layout under both
 * names. */
#include "cg-data-control.h"

#include "ext-data-control-v1-client-protocol.h"
#include "wlr-data-control-unstable-v1-client-protocol.h"

#define DATA_CONTROL_OPS(prefix, manager_t, device_t, source_t, offer_t)                          \
  static struct wl_proxy *prefix##_create_source (struct wl_proxy *manager)                       \
  {                                                                                               \
    return (struct wl_proxy *) prefix##_manager_v1_create_data_source ((manager_t *) manager);    \
  }                                                                                               \
  static struct wl_proxy *prefix##_get_device (struct wl_proxy *manager, struct wl_seat *seat)    \
  {                                                                                               \
    return (struct wl_proxy *) prefix##_manager_v1_get_data_device ((manager_t *) manager, seat); \
  }                                                                                               \
  static void prefix##_manager_destroy (struct wl_proxy *manager)                                 \
  {                                                                                               \
    prefix##_manager_v1_destroy ((manager_t *) manager);                                          \
  }                                                                                               \
  static void prefix##_set_selection (struct wl_proxy *device, struct wl_proxy *source)           \
  {                                                                                               \
    prefix##_device_v1_set_selection ((device_t *) device, (source_t *) source);                  \
  }                                                                                               \
  static void prefix##_set_primary (struct wl_proxy *device, struct wl_proxy *source)             \
  {                                                                                               \
    prefix##_device_v1_set_primary_selection ((device_t *) device, (source_t *) source);          \
  }                                                                                               \
  static void prefix##_device_destroy (struct wl_proxy *device)                                   \
  {                                                                                               \
    prefix##_device_v1_destroy ((device_t *) device);                                             \
  }                                                                                               \
  static void prefix##_source_offer (struct wl_proxy *source, const char *mime_type)              \
  {                                                                                               \
    prefix##_source_v1_offer ((source_t *) source, mime_type);                                    \
  }                                                                                               \
  static void prefix##_source_destroy (struct wl_proxy *source)                                   \
  {                                                                                               \
    prefix##_source_v1_destroy ((source_t *) source);                                             \
  }                                                                                               \
  static void prefix##_offer_receive (struct wl_proxy *offer, const char *mime_type, int32_t fd)  \
  {                                                                                               \
    prefix##_offer_v1_receive ((offer_t *) offer, mime_type, fd);                                 \
  }                                                                                               \
  static void prefix##_offer_destroy (struct wl_proxy *offer)                                     \
  {                                                                                               \
    prefix##_offer_v1_destroy ((offer_t *) offer);                                                \
  }

/* clang-format off */
DATA_CONTROL_OPS (ext_data_control, struct ext_data_control_manager_v1,
                  struct ext_data_control_device_v1, struct ext_data_control_source_v1,
                  struct ext_data_control_offer_v1)
DATA_CONTROL_OPS (zwlr_data_control, struct zwlr_data_control_manager_v1,
                  struct zwlr_data_control_device_v1, struct zwlr_data_control_source_v1,
                  struct zwlr_data_control_offer_v1)
/* clang-format on */

const CgDataControl cg_data_control_ext = {
  .name = "ext-data-control-v1",
  .manager_interface = &ext_data_control_manager_v1_interface,
  .max_version = 1,
  .primary_since = 1,
  .create_data_source = ext_data_control_create_source,
  .get_data_device = ext_data_control_get_device,
  .manager_destroy = ext_data_control_manager_destroy,
  .set_selection = ext_data_control_set_selection,
  .set_primary_selection = ext_data_control_set_primary,
  .device_destroy = ext_data_control_device_destroy,
  .source_offer = ext_data_control_source_offer,
  .source_destroy = ext_data_control_source_destroy,
  .offer_receive = ext_data_control_offer_receive,
  .offer_destroy = ext_data_control_offer_destroy,
};

const CgDataControl cg_data_control_wlr = {
  .name = "wlr-data-control-unstable-v1",
  .manager_interface = &zwlr_data_control_manager_v1_interface,
  .max_version = 2,
  .primary_since = 2,
  .create_data_source = zwlr_data_control_create_source,
  .get_data_device = zwlr_data_control_get_device,
  .manager_destroy = zwlr_data_control_manager_destroy,
  .set_selection = zwlr_data_control_set_selection,
  .set_primary_selection = zwlr_data_control_set_primary,
  .device_destroy = zwlr_data_control_device_destroy,
  .source_offer = zwlr_data_control_source_offer,
  .source_destroy = zwlr_data_control_source_destroy,
  .offer_receive = zwlr_data_control_offer_receive,
  .offer_destroy = zwlr_data_control_offer_destroy,
};

/* The listener tables are arrays of function pointers in event order, the
 * same under both names. */
G_STATIC_ASSERT (sizeof (CgDcDeviceListener)
                 == sizeof (struct zwlr_data_control_device_v1_listener));
G_STATIC_ASSERT (sizeof (CgDcDeviceListener)
                 == sizeof (struct ext_data_control_device_v1_listener));
G_STATIC_ASSERT (sizeof (CgDcSourceListener)
                 == sizeof (struct zwlr_data_control_source_v1_listener));
G_STATIC_ASSERT (sizeof (CgDcSourceListener)
                 == sizeof (struct ext_data_control_source_v1_listener));
G_STATIC_ASSERT (sizeof (CgDcOfferListener) == sizeof (struct zwlr_data_control_offer_v1_listener));
G_STATIC_ASSERT (sizeof (CgDcOfferListener) == sizeof (struct ext_data_control_offer_v1_listener));

void
cg_data_control_device_listen (struct wl_proxy *device, const CgDcDeviceListener *listener,
                               void *data)
{
  wl_proxy_add_listener (device, (void (**) (void)) listener, data);
}

void
cg_data_control_source_listen (struct wl_proxy *source, const CgDcSourceListener *listener,
                               void *data)
{
  wl_proxy_add_listener (source, (void (**) (void)) listener, data);
}

void
cg_data_control_offer_listen (struct wl_proxy *offer, const CgDcOfferListener *listener, void *data)
{
  wl_proxy_add_listener (offer, (void (**) (void)) listener, data);
}
