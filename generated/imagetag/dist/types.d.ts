/**
* Image is an immutable representation of a container image and its metadata at a point in time. Images are named by taking a hash of their contents (metadata and content) and any change in format, content, or metadata results in a new name. The images resource is primarily for use by cluster administrators and integrations like the cluster image registry - end users, instead, access images via the imagestreamtags or imagestreamimages resources. While image metadata is stored in the API, any integration that implements the container image registry API must provide its own storage for the raw manifest data, image config, and layer contents.
*
* Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).
* @see {@link ImageGVK}
*/
export interface Image {
	/** APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources */
	apiVersion?: "image.openshift.io/v1" | "v1";
	/** dockerImageConfig is a JSON blob that the runtime uses to set up the container. This is a part of manifest schema v2. Will not be set when the image represents a manifest list. */
	dockerImageConfig?: string;
	/** dockerImageLayers represents the layers in the image. May not be set if the image does not define that data or if the image represents a manifest list. */
	dockerImageLayers?: ImageLayer[] | null;
	/** dockerImageManifest is the raw JSON of the manifest */
	dockerImageManifest?: string;
	/** dockerImageManifestMediaType specifies the mediaType of manifest. This is a part of manifest schema v2. */
	dockerImageManifestMediaType?: string;
	/** dockerImageManifests holds information about sub-manifests when the image represents a manifest list. When this field is present, no DockerImageLayers should be specified. */
	dockerImageManifests?: ImageManifest[] | null;
	/** dockerImageMetadata contains metadata about this image */
	dockerImageMetadata?: RawExtension | null;
	/** dockerImageMetadataVersion conveys the version of the object, which if empty defaults to "1.0" */
	dockerImageMetadataVersion?: string;
	/** dockerImageReference is the string that can be used to pull this image. */
	dockerImageReference?: string;
	/** dockerImageSignatures provides the signatures as opaque blobs. This is a part of manifest schema v1. */
	dockerImageSignatures?: string[] | null;
	/** Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: "Image";
	/**
	* metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	* @default {}
	*/
	metadata?: ObjectMeta;
	/** signatures holds all signatures of the image. */
	signatures?: ImageSignature[] | null;
}
/** ImageLayer represents a single layer of the image. Some images may have multiple layers. Some may have none. */
export interface ImageLayer {
	/**
	* mediaType of the referenced object.
	* @default ""
	*/
	mediaType?: string;
	/**
	* name of the layer as defined by the underlying store.
	* @default ""
	*/
	name: string;
	/**
	* size of the layer in bytes as defined by the underlying store.
	* @format int64
	* @default 0
	*/
	size: number;
}
/** ImageManifest represents sub-manifests of a manifest list. The Digest field points to a regular Image object. */
export interface ImageManifest {
	/**
	* architecture specifies the supported CPU architecture, for example `amd64` or `ppc64le`.
	* @default ""
	*/
	architecture: string;
	/**
	* digest is the unique identifier for the manifest. It refers to an Image object.
	* @default ""
	*/
	digest: string;
	/**
	* manifestSize represents the size of the raw object contents, in bytes.
	* @format int64
	* @default 0
	*/
	manifestSize: number;
	/**
	* mediaType defines the type of the manifest, possible values are application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json or application/vnd.docker.distribution.manifest.v1+json.
	* @default ""
	*/
	mediaType: string;
	/**
	* os specifies the operating system, for example `linux`.
	* @default ""
	*/
	os: string;
	/** variant is an optional field repreenting a variant of the CPU, for example v6 to specify a particular CPU variant of the ARM CPU. */
	variant?: string;
}
/**
* ImageSignature holds a signature of an image. It allows to verify image identity and possibly other claims as long as the signature is trusted. Based on this information it is possible to restrict runnable images to those matching cluster-wide policy. Mandatory fields should be parsed by clients doing image verification. The others are parsed from signature's content by the server. They serve just an informative purpose.
*
* Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).
* @see {@link ImageSignatureGVK}
*/
export interface ImageSignature {
	/** APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources */
	apiVersion?: "image.openshift.io/v1" | "v1";
	/** conditions represent the latest available observations of a signature's current state. */
	conditions?: SignatureCondition[] | null;
	/**
	* Required: An opaque binary string which is an image's signature.
	* @format byte
	*/
	content?: string | null;
	/** If specified, it is the time of signature's creation. */
	created?: Time | null;
	/** A human readable string representing image's identity. It could be a product name and version, or an image pull spec (e.g. "registry.access.redhat.com/rhel7/rhel:7.2"). */
	imageIdentity?: string;
	/** If specified, it holds information about an issuer of signing certificate or key (a person or entity who signed the signing certificate or key). */
	issuedBy?: SignatureIssuer;
	/** If specified, it holds information about a subject of signing certificate or key (a person or entity who signed the image). */
	issuedTo?: SignatureSubject;
	/** Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: "ImageSignature";
	/**
	* metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	* @default {}
	*/
	metadata?: ObjectMeta;
	/** Contains claims from the signature. */
	signedClaims?: {
		[key: string]: string;
	} | null;
	/**
	* Required: Describes a type of stored blob.
	* @default ""
	*/
	type: string;
}
/**
* ImageTag represents a single tag within an image stream and includes the spec, the status history, and the currently referenced image (if any) of the provided tag. This type replaces the ImageStreamTag by providing a full view of the tag. ImageTags are returned for every spec or status tag present on the image stream. If no tag exists in either form, a not found error will be returned by the API. A create operation will succeed if no spec tag has already been defined and the spec field is set. Delete will remove both spec and status elements from the image stream.
*
* Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).
* @see {@link ImageTagGVK}
*/
export interface ImageTag {
	/** APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources */
	apiVersion?: "image.openshift.io/v1" | "v1";
	/**
	* image is the details of the most recent image stream status tag, and it may be null if import has not completed or an administrator has deleted the image object. To verify this is the most recent image, you must verify the generation of the most recent status.items entry matches the spec tag (if a spec tag is set). This field will not be set when listing image tags.
	* @readonly Set by the server; ignored in requests.
	*/
	image?: Image | null;
	/** Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: "ImageTag";
	/**
	* metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	* @default {}
	*/
	metadata?: ObjectMeta & {
		name?: string;
	};
	/** spec is the spec tag associated with this image stream tag, and it may be null if only pushes have occurred to this image stream. */
	spec?: TagReference | null;
	/**
	* status is the status tag details associated with this image stream tag, and it may be null if no push or import has been performed.
	* @readonly Set by the server; ignored in requests.
	*/
	status?: NamedTagEventList | null;
}
/**
* ImageTagList is a list of ImageTag objects. When listing image tags, the image field is not populated. Tags are returned in alphabetical order by image stream and then tag.
*
* Compatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).
* @see {@link ImageTagListGVK}
*/
export interface ImageTagList {
	/** APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources */
	apiVersion?: "image.openshift.io/v1" | "v1";
	/** items is the list of image stream tags */
	items?: ImageTag[] | null;
	/** Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: "ImageTagList";
	/**
	* metadata is the standard list's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	* @default {}
	*/
	metadata?: ListMeta;
}
/** NamedTagEventList relates a tag to its image history. */
export interface NamedTagEventList {
	/** conditions is an array of conditions that apply to the tag event list. */
	conditions?: TagEventCondition[] | null;
	/** Standard object's metadata. */
	items?: TagEvent[] | null;
	/**
	* tag is the tag for which the history is recorded
	* @default ""
	*/
	tag: string;
}
/** SignatureCondition describes an image signature condition of particular kind at particular probe time. */
export interface SignatureCondition {
	/** Last time the condition was checked. */
	lastProbeTime?: Time | null;
	/** Last time the condition transit from one status to another. */
	lastTransitionTime?: Time | null;
	/** Human readable message indicating details about last transition. */
	message?: string;
	/** (brief) reason for the condition's last transition. */
	reason?: string;
	/**
	* status of the condition, one of True, False, Unknown.
	* @default ""
	*/
	status: "True" | "False" | "Unknown";
	/**
	* type of signature condition, Complete or Failed.
	* @default ""
	*/
	type: string;
}
/** SignatureIssuer holds information about an issuer of signing certificate or key. */
export interface SignatureIssuer {
	/** Common name (e.g. openshift-signing-service). */
	commonName?: string;
	/** organization name. */
	organization?: string;
}
/** SignatureSubject holds information about a person or entity who created the signature. */
export interface SignatureSubject {
	/** Common name (e.g. openshift-signing-service). */
	commonName?: string;
	/** organization name. */
	organization?: string;
	/**
	* If present, it is a human readable key id of public key belonging to the subject used to verify image signature. It should contain at least 64 lowest bits of public key's fingerprint (e.g. 0x685ebe62bf278440).
	* @default ""
	*/
	publicKeyID: string;
}
/** TagEvent is used by ImageStreamStatus to keep a historical record of images associated with a tag. */
export interface TagEvent {
	/** created holds the time the TagEvent was created */
	created?: Time | null;
	/**
	* dockerImageReference is the string that can be used to pull this image
	* @default ""
	*/
	dockerImageReference: string;
	/**
	* generation is the spec tag generation that resulted in this tag being updated
	* @format int64
	* @default 0
	*/
	generation: number;
	/**
	* image is the image
	* @default ""
	*/
	image: string;
}
/** TagEventCondition contains condition information for a tag event. */
export interface TagEventCondition {
	/**
	* generation is the spec tag generation that this status corresponds to
	* @format int64
	* @default 0
	*/
	generation: number;
	/** lastTransitionTime is the time the condition transitioned from one status to another. */
	lastTransitionTime?: Time | null;
	/** message is a human readable description of the details about last transition, complementing reason. */
	message?: string;
	/** reason is a brief machine readable explanation for the condition's last transition. */
	reason?: string;
	/**
	* status of the condition, one of True, False, Unknown.
	* @default ""
	*/
	status: "True" | "False" | "Unknown";
	/**
	* type of tag event condition, currently only ImportSuccess
	* @default ""
	*/
	type: string;
}
/** TagImportPolicy controls how images related to this tag will be imported. */
export interface TagImportPolicy {
	/** importMode describes how to import an image manifest. */
	importMode?: "" | "Legacy" | "PreserveOriginal";
	/** insecure is true if the server may bypass certificate verification or connect directly over HTTP during image import. */
	insecure?: boolean;
	/** scheduled indicates to the server that this tag should be periodically checked to ensure it is up to date, and imported */
	scheduled?: boolean;
}
/** TagReference specifies optional annotations for images using this tag and an optional reference to an ImageStreamTag, ImageStreamImage, or DockerImage this tag should track. */
export interface TagReference {
	/** Optional; if specified, annotations that are applied to images retrieved via ImageStreamTags. */
	annotations?: {
		[key: string]: string;
	} | null;
	/** Optional; if specified, a reference to another image that this tag should point to. Valid values are ImageStreamTag, ImageStreamImage, and DockerImage.  ImageStreamTag references can only reference a tag within this same ImageStream. */
	from?: ObjectReference & {
		kind: "DockerImage" | "ImageStreamImage" | "ImageStreamTag";
		name: string;
	};
	/**
	* generation is a counter that tracks mutations to the spec tag (user intent). When a tag reference is changed the generation is set to match the current stream generation (which is incremented every time spec is changed). Other processes in the system like the image importer observe that the generation of spec tag is newer than the generation recorded in the status and use that as a trigger to import the newest remote tag. To trigger a new import, clients may set this value to zero which will reset the generation to the latest stream generation. Legacy clients will send this value as nil which will be merged with the current tag generation.
	* @format int64
	*/
	generation?: number | null;
	/**
	* importPolicy is information that controls how images may be imported by the server.
	* @default {}
	*/
	importPolicy?: TagImportPolicy;
	/**
	* name of the tag
	* @default ""
	*/
	name?: string;
	/** reference states if the tag will be imported. Default value is false, which means the tag will be imported. */
	reference?: boolean;
	/**
	* referencePolicy defines how other components should consume the image.
	* @default {}
	*/
	referencePolicy?: TagReferencePolicy;
}
/** TagReferencePolicy describes how pull-specs for images in this image stream tag are generated when image change triggers in deployment configs or builds are resolved. This allows the image stream author to control how images are accessed. */
export interface TagReferencePolicy {
	/**
	* type determines how the image pull spec should be transformed when the image stream tag is used in deployment config triggers or new builds. The default value is `Source`, indicating the original location of the image should be used (if imported). The user may also specify `Local`, indicating that the pull spec should point to the integrated container image registry and leverage the registry's ability to proxy the pull to an upstream registry. `Local` allows the credentials used to pull this image to be managed from the image stream's namespace, so others on the platform can access a remote image but have no access to the remote secret. It also allows the image layers to be mirrored into the local registry which the images can still be pulled even if the upstream registry is unavailable.
	* @default ""
	*/
	type?: "" | "Local" | "Source";
}
/** ObjectReference contains enough information to let you inspect or modify the referred object. */
export interface ObjectReference {
	/** API version of the referent. */
	apiVersion?: string;
	/** If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. */
	fieldPath?: string;
	/** Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: string;
	/** Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names */
	name?: string;
	/** Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/ */
	namespace?: string;
	/** Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency */
	resourceVersion?: string;
	/** UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids */
	uid?: string;
}
/** DeleteOptions may be provided when deleting an API object. */
export interface DeleteOptions {
	/** APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources */
	apiVersion?: string;
	/** When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed */
	dryRun?: string[] | null;
	/**
	* The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.
	* @format int64
	*/
	gracePeriodSeconds?: number;
	/** if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it */
	ignoreStoreReadErrorWithClusterBreakingPotential?: boolean;
	/** Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: string;
	/** Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both. */
	orphanDependents?: boolean;
	/** Must be fulfilled before a deletion is carried out. If not possible, a 409 Conflict status will be returned. */
	preconditions?: Preconditions;
	/** Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground. */
	propagationPolicy?: string;
}
/**
* FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.
*
* Each key is either a '.' representing the field itself, and will always map to an empty set, or a string representing a sub-field or item. The string will follow one of these four formats: 'f:<name>', where <name> is the name of a field in a struct, or key in a map 'v:<value>', where <value> is the exact json formatted value of a list item 'i:<index>', where <index> is position of a item in a list 'k:<keys>', where <keys> is a map of  a list item's key fields to their unique values If a key maps to an empty Fields value, the field that key represents is part of the set.
*
* The exact format is defined in sigs.k8s.io/structured-merge-diff
*/
export interface FieldsV1 {
	[key: string]: unknown;
}
/** ListMeta describes metadata that synthetic resources must have, including lists and various status objects. A resource may have only one of {ObjectMeta, ListMeta}. */
export interface ListMeta {
	/** continue may be set if the user set a limit on the number of items returned, and indicates that the server has more data available. The value is opaque and may be used to issue another request to the endpoint that served this list to retrieve the next set of available objects. Continuing a consistent list may not be possible if the server configuration has changed or more than a few minutes have passed. The resourceVersion field returned when using this continue value will be identical to the value in the first response, unless you have received this token from an error message. */
	continue?: string;
	/**
	* remainingItemCount is the number of subsequent items in the list which are not included in this list response. If the list request contained label or field selectors, then the number of remaining items is unknown and the field will be left unset and omitted during serialization. If the list is complete (either because it is not chunking or because this is the last chunk), then there are no more remaining items and this field will be left unset and omitted during serialization. Servers older than v1.15 do not set this field. The intended use of the remainingItemCount is *estimating* the size of a collection. Clients should not rely on the remainingItemCount to be set or to be exact.
	* @format int64
	*/
	remainingItemCount?: number;
	/** String that identifies the server's internal version of this object that can be used by clients to determine when objects have changed. Value must be treated as opaque by clients and passed unmodified back to the server. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency */
	resourceVersion?: string;
	/** Deprecated: selfLink is a legacy read-only field that is no longer populated by the system. */
	selfLink?: string;
	/**
	* shardInfo is set when the list is a filtered subset of the full collection, as selected by a shard selector on the request. It echoes back the selector so clients can verify which shard they received and merge sharded responses. Clients should not cache sharded list responses as a full representation of the collection.
	*
	* This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
	*/
	shardInfo?: ShardInfo;
}
/** ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to. */
export interface ManagedFieldsEntry {
	/** APIVersion defines the version of this resource that this field set applies to. The format is "group/version" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted. */
	apiVersion?: string;
	/** FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1" */
	fieldsType?: string;
	/** FieldsV1 holds the first JSON version format as described in the "FieldsV1" type. */
	fieldsV1?: FieldsV1 | null;
	/** Manager is an identifier of the workflow managing these fields. */
	manager?: string;
	/** Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'. */
	operation?: string;
	/** Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource. */
	subresource?: string;
	/** Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over. */
	time?: Time | null;
}
/** ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create. */
export interface ObjectMeta {
	/** Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations */
	annotations?: {
		[key: string]: string;
	} | null;
	/**
	* CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.
	*
	* Populated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	*/
	creationTimestamp?: Time | null;
	/**
	* Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.
	* @format int64
	*/
	deletionGracePeriodSeconds?: number;
	/**
	* DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.
	*
	* Populated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
	*/
	deletionTimestamp?: Time | null;
	/** Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list. */
	finalizers?: string[] | null;
	/**
	* GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.
	*
	* If this field is specified and the generated name exists, the server will return a 409.
	*
	* Applied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency
	*/
	generateName?: string;
	/**
	* A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.
	* @format int64
	*/
	generation?: number;
	/** Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels */
	labels?: {
		[key: string]: string;
	} | null;
	/** ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like "ci-cd". The set of fields is always in the version that the workflow used when modifying the object. */
	managedFields?: ManagedFieldsEntry[] | null;
	/** Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names */
	name?: string;
	/**
	* Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.
	*
	* Must be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces
	*/
	namespace?: string;
	/** List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller. */
	ownerReferences?: OwnerReference[] | null;
	/**
	* An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.
	*
	* Populated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
	*/
	resourceVersion?: string;
	/** Deprecated: selfLink is a legacy read-only field that is no longer populated by the system. */
	selfLink?: string;
	/**
	* UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.
	*
	* Populated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
	*/
	uid?: string;
}
/** OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field. */
export interface OwnerReference {
	/**
	* API version of the referent.
	* @default ""
	*/
	apiVersion: string;
	/** If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned. */
	blockOwnerDeletion?: boolean;
	/** If true, this reference points to the managing controller. */
	controller?: boolean;
	/**
	* Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
	* @default ""
	*/
	kind: string;
	/**
	* Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
	* @default ""
	*/
	name: string;
	/**
	* UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
	* @default ""
	*/
	uid: string;
}
/** Patch is provided to give a concrete name and type to the Kubernetes PATCH request body. */
export interface Patch {
	[key: string]: unknown;
}
/** Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out. */
export interface Preconditions {
	/** Specifies the target ResourceVersion */
	resourceVersion?: string;
	/** Specifies the target UID. */
	uid?: string;
}
/** ShardInfo describes the shard selector that was applied to produce a list response. Its presence on a list response indicates the list is a filtered subset. */
export interface ShardInfo {
	/**
	* selector is the shard selector string from the request, echoed back so clients can verify which shard they received and merge responses from multiple shards.
	* @default ""
	*/
	selector: string;
}
/** Status is a return value for calls that don't return other objects. */
export interface Status {
	/** APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources */
	apiVersion?: string;
	/**
	* Suggested HTTP return code for this status, 0 if not set.
	* @format int32
	*/
	code?: number;
	/** Extended data associated with the reason.  Each reason may define its own extended details. This field is optional and the data returned is not guaranteed to conform to any schema except that defined by the reason type. */
	details?: StatusDetails;
	/** Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: string;
	/** A human-readable description of the status of this operation. */
	message?: string;
	/**
	* Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
	* @default {}
	*/
	metadata?: ListMeta;
	/** A machine-readable description of why this operation is in the "Failure" status. If this value is empty there is no information available. A Reason clarifies an HTTP status code but does not override it. */
	reason?: string;
	/** Status of the operation. One of: "Success" or "Failure". More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status */
	status?: string;
}
/** StatusCause provides more information about an api.Status failure, including cases when multiple errors are encountered. */
export interface StatusCause {
	/**
	* The field of the resource that has caused this error, as named by its JSON serialization. May include dot and postfix notation for nested attributes. Arrays are zero-indexed.  Fields may appear more than once in an array of causes due to fields having multiple errors. Optional.
	*
	* Examples:
	*   "name" - the field "name" on the current resource
	*   "items[0].name" - the field "name" on the first array entry in "items"
	*/
	field?: string;
	/** A human-readable description of the cause of the error.  This field may be presented as-is to a reader. */
	message?: string;
	/** A machine-readable description of the cause of the error. If this value is empty there is no information available. */
	reason?: string;
}
/** StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response. The Reason field of a Status object defines what attributes will be set. Clients must ignore fields that do not match the defined type of each attribute, and should assume that any attribute may be empty, invalid, or under defined. */
export interface StatusDetails {
	/** The Causes array includes more details associated with the StatusReason failure. Not all StatusReasons may provide detailed causes. */
	causes?: StatusCause[] | null;
	/** The group attribute of the resource associated with the status StatusReason. */
	group?: string;
	/** The kind attribute of the resource associated with the status StatusReason. On some operations may differ from the requested resource Kind. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds */
	kind?: string;
	/** The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described). */
	name?: string;
	/**
	* If specified, the time in seconds before the operation should be retried. Some errors may indicate the client must take an alternate action - for those errors this field may indicate how long to wait before taking the alternate action.
	* @format int32
	*/
	retryAfterSeconds?: number;
	/** UID of the resource. (when there is a single resource which can be described). More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids */
	uid?: string;
}
/**
* Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.
* @format date-time
*/
export type Time = string;
/**
* RawExtension is used to hold extensions in external versions.
*
* To use this, make a field which has RawExtension as its type in your external, versioned struct, and Object in your internal struct. You also need to register your various plugin types.
*
* // Internal package:
*
* 	type MyAPIObject struct {
* 		runtime.TypeMeta `json:",inline"`
* 		MyPlugin runtime.Object `json:"myPlugin"`
* 	}
*
* 	type PluginA struct {
* 		AOption string `json:"aOption"`
* 	}
*
* // External package:
*
* 	type MyAPIObject struct {
* 		runtime.TypeMeta `json:",inline"`
* 		MyPlugin runtime.RawExtension `json:"myPlugin"`
* 	}
*
* 	type PluginA struct {
* 		AOption string `json:"aOption"`
* 	}
*
* // On the wire, the JSON will look something like this:
*
* 	{
* 		"kind":"MyAPIObject",
* 		"apiVersion":"v1",
* 		"myPlugin": {
* 			"kind":"PluginA",
* 			"aOption":"foo",
* 		},
* 	}
*
* So what happens? Decode first uses json or yaml to unmarshal the serialized data into your external MyAPIObject. That causes the raw JSON to be stored, but not unpacked. The next step is to copy (using pkg/conversion) into the internal struct. The runtime package's DefaultScheme has conversion functions installed which will unpack the JSON stored in RawExtension, turning it into the correct object type, and storing it in the Object. (TODO: In the case where the object is of an unknown type, a runtime.Unknown object will be created and stored.)
*/
export interface RawExtension {
	[key: string]: unknown;
}
/** Group, version and kind of {@link Image}. */
export declare const ImageGVK: {
	readonly group: "image.openshift.io";
	readonly version: "v1";
	readonly kind: "Image";
	readonly apiVersion: "image.openshift.io/v1";
};
/** Group, version and kind of {@link ImageSignature}. */
export declare const ImageSignatureGVK: {
	readonly group: "image.openshift.io";
	readonly version: "v1";
	readonly kind: "ImageSignature";
	readonly apiVersion: "image.openshift.io/v1";
};
/** Group, version and kind of {@link ImageTag}. */
export declare const ImageTagGVK: {
	readonly group: "image.openshift.io";
	readonly version: "v1";
	readonly kind: "ImageTag";
	readonly apiVersion: "image.openshift.io/v1";
};
/** Group, version and kind of {@link ImageTagList}. */
export declare const ImageTagListGVK: {
	readonly group: "image.openshift.io";
	readonly version: "v1";
	readonly kind: "ImageTagList";
	readonly apiVersion: "image.openshift.io/v1";
};
//# sourceMappingURL=types.d.ts.map
