/** Group, version and kind of {@link Image}. */
export const ImageGVK = {
	group: "image.openshift.io",
	version: "v1",
	kind: "Image",
	apiVersion: "image.openshift.io/v1"
};
/** Group, version and kind of {@link ImageSignature}. */
export const ImageSignatureGVK = {
	group: "image.openshift.io",
	version: "v1",
	kind: "ImageSignature",
	apiVersion: "image.openshift.io/v1"
};
/** Group, version and kind of {@link ImageTag}. */
export const ImageTagGVK = {
	group: "image.openshift.io",
	version: "v1",
	kind: "ImageTag",
	apiVersion: "image.openshift.io/v1"
};
/** Group, version and kind of {@link ImageTagList}. */
export const ImageTagListGVK = {
	group: "image.openshift.io",
	version: "v1",
	kind: "ImageTagList",
	apiVersion: "image.openshift.io/v1"
};
//# sourceMappingURL=types.js.map
