"""The publicity office's desk: 图文 content through WeChat's own publishing (permanent material, drafts, mass send
by media_id), preview and test send tied to a content hash, audiences, WeChat tags and the data-cube figures."""
